import { z } from 'zod/mini';

/**
 * Selectors follow the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/#selectors),
 * so exported suggestions can be read by annotation tools such as Hypothesis or Apache Annotator.
 * `FieldSelector` is our own: it anchors a form control by what a person sees (label, legend),
 * never by what a person typed into it.
 *
 * In a target of kind "text", the quote and position name the passage; a CssSelector or XPathSelector
 * names the element around it and a FieldSelector the field it belongs to (a hint under a label).
 * They tell identical lines apart after the page changed; other tools may ignore them.
 */

export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().check(z.minLength(1)),
  prefix: z.optional(z.string()),
  suffix: z.optional(z.string()),
});

export const TextPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    /**
     * Offset of the first character, in Unicode code points of the root's `textContent` (hidden text
     * included, whitespace as it is), as the W3C model and Apache Annotator count. The root is the body.
     */
    start: z.int().check(z.nonnegative()),
    /** Offset after the last character, counted the same way. */
    end: z.int().check(z.nonnegative()),
  })
  .check(z.refine((s) => s.end >= s.start, { message: 'end before start', path: ['end'], params: { rule: 'end-after-start' } }));

export const CssSelector = z.object({
  type: z.literal('CssSelector'),
  value: z.string().check(z.minLength(1)),
});

export const XPathSelector = z.object({
  type: z.literal('XPathSelector'),
  value: z.string().check(z.minLength(1)),
});

export const FieldControlType = z.enum([
  'text', 'email', 'tel', 'number', 'date', 'month', 'password', 'search', 'url',
  'checkbox', 'radio', 'file', 'select', 'textarea', 'button', 'other',
]);

export const FieldSelector = z.object({
  type: z.literal('FieldSelector'),
  /** Visible label text, whitespace-normalised: the strongest clue, as it is what a person recognises. */
  label: z.optional(z.string()),
  /** Names of the enclosing groups (fieldset legends, named sections, ARIA groups), outermost first; keeps two "Betrag" fields apart. */
  legends: z._default(z.array(z.string()), []),
  controlType: FieldControlType,
  name: z.optional(z.string()),
  id: z.optional(z.string()),
  /** Identity of the enclosing form: its id, name, or accessible name. */
  form: z.optional(z.string()),
  /** Zero-based position among controls with the same label, type and legends. */
  position: z.optional(z.int().check(z.nonnegative())),
});

export const Selector = z.discriminatedUnion('type', [TextQuoteSelector, TextPositionSelector, CssSelector, XPathSelector, FieldSelector]);

export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;
export type CssSelector = z.infer<typeof CssSelector>;
export type XPathSelector = z.infer<typeof XPathSelector>;
export type FieldSelector = z.infer<typeof FieldSelector>;
export type FieldControlType = z.infer<typeof FieldControlType>;
export type Selector = z.infer<typeof Selector>;
