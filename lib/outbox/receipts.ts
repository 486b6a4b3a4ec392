import { ReceiptCode, type ReceiptStatus } from '../model';
import type { ReceiptRepository } from '../store';
import { OutboxError } from './errors';
import type { BacklogTransport } from './transport';

/**
 * A suggestion counts as answered once the administration has done anything visible with it: moved it on
 * from "received" or written a public answer.
 */
export function isAnswered(status: ReceiptStatus): boolean {
  return status.status !== 'received' || Boolean(status.publicAnswer?.trim());
}

/**
 * Ask the backlog where a suggestion stands, by its receipt code alone: the submitter needs no account.
 * Codes this device received are updated in the store (and their suggestions marked 'answered');
 * a code typed in from elsewhere is only looked up.
 */
export async function lookUpReceiptStatus(receiptCode: string, transport: BacklogTransport, receipts: ReceiptRepository, now: Date): Promise<ReceiptStatus> {
  const code = receiptCode.trim().toUpperCase();
  if (!ReceiptCode.safeParse(code).success) throw new OutboxError('receipt.code-invalid');
  const answer = await transport.lookUpReceipt(code);
  if (!answer.ok) {
    const { failure } = answer;
    if (failure.kind === 'http' && failure.status === 404) throw new OutboxError('receipt.unknown');
    throw new OutboxError('receipt.unavailable', failure.kind === 'http' ? { reason: failure.kind, status: failure.status } : { reason: failure.kind });
  }
  if (answer.value.receiptCode !== code) throw new OutboxError('receipt.unavailable', { reason: 'unexpected-answer' });
  await receipts.recordStatus(answer.value, now.toISOString(), isAnswered(answer.value));
  return answer.value;
}
