import { z } from 'zod/mini';

/** Code the submitter keeps to look up the administration's answer without an account. */
export const ReceiptCode = z.string().check(z.regex(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){2}$/, 'Erwartet: Code wie "K7QP-2MX4-9RTA"'));

/** The backlog's answer to an accepted batch. */
export const SubmissionReceipt = z.object({
  batchId: z.uuid(),
  receivedAt: z.iso.datetime({ offset: true }),
  receipts: z.array(z.object({ suggestionId: z.uuid(), receiptCode: ReceiptCode })).check(z.minLength(1)),
});

export const BacklogStatus = z.enum(['received', 'in-review', 'planned', 'implemented', 'declined', 'merged']);

/** What `GET /api/v1/receipts/{code}` returns: the public side of a suggestion's triage. */
export const ReceiptStatus = z.object({
  receiptCode: ReceiptCode,
  status: BacklogStatus,
  publicAnswer: z.optional(z.string().check(z.maxLength(5000))),
  updatedAt: z.iso.datetime({ offset: true }),
});

export type ReceiptCode = z.infer<typeof ReceiptCode>;
export type SubmissionReceipt = z.infer<typeof SubmissionReceipt>;
export type BacklogStatus = z.infer<typeof BacklogStatus>;
export type ReceiptStatus = z.infer<typeof ReceiptStatus>;
