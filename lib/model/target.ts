import { z } from 'zod/mini';
import { Selector } from './selectors';

/** What a suggestion points at: a form control, a page element, a text passage, or the whole page/step. */
export const TargetKind = z.enum(['field', 'element', 'text', 'page']);

export const AnnotationTarget = z
  .object({
    kind: TargetKind,
    selectors: z.array(Selector).check(z.maxLength(10)),
    /** What the person saw when choosing the target: the field's label, the section heading, the quote. */
    label: z.optional(z.string().check(z.maxLength(500))),
  })
  .check(
    z.refine((t) => t.kind === 'page' || t.selectors.length > 0, {
      message: 'a target other than page needs a selector',
      params: { rule: 'selector-required' },
      path: ['selectors'],
    }),
  );

export type TargetKind = z.infer<typeof TargetKind>;
export type AnnotationTarget = z.infer<typeof AnnotationTarget>;
