import { z } from 'zod/mini';
import { SCHEMA_VERSION, Suggestion } from './suggestion';

export const MAX_BATCH_SIZE = 500;

export const BatchSource = z.object({
  kind: z.enum(['extension', 'widget']),
  version: z.string().check(z.minLength(1), z.maxLength(50)),
  /** Origin of the site the suggestions were made on, e.g. "https://jobcenter-musterstadt.de". */
  site: z.string().check(z.maxLength(300)),
});

export const Batch = z
  .object({
    /** Also the idempotency key: a batch re-sent with the same id is stored once. */
    batchId: z.uuid(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    createdAt: z.iso.datetime({ offset: true }),
    source: BatchSource,
    suggestions: z.array(Suggestion).check(z.minLength(1), z.maxLength(MAX_BATCH_SIZE)),
  })
  .check(
    z.superRefine((batch, ctx) => {
      const seen = new Set<string>();
      batch.suggestions.forEach((suggestion, index) => {
        if (seen.has(suggestion.id)) {
          ctx.addIssue({ code: 'custom', path: ['suggestions', index, 'id'], message: 'duplicate suggestion id', params: { rule: 'unique-id' } });
        }
        seen.add(suggestion.id);
      });
    }),
  );

export type BatchSource = z.infer<typeof BatchSource>;
export type Batch = z.infer<typeof Batch>;
