import { z } from 'zod/mini';
import { LANGUAGES } from './languages';
import { AnnotationTarget } from './target';

export const SCHEMA_VERSION = 1;

export const Language = z.enum(LANGUAGES);

/** The role a person speaks from. Never a name: views are kept side by side, identities are not kept. */
export const AuthorRole = z.enum(['claimant', 'caseworker', 'advisor', 'other']);

export const Category = z.enum([
  'unclear-wording',
  'missing-information',
  'process-friction',
  'accessibility-barrier',
  'technical-error',
  'data-protection',
  'translation',
  'other',
]);

/** Kinds of personal data that the privacy filter removes before a suggestion is stored for sending. */
export const RedactionKind = z.enum([
  'iban',
  'bgNumber',
  'customerNumber',
  'pensionInsuranceNumber',
  'taxId',
  'healthInsuranceNumber',
  'idCardNumber',
  'email',
  'phone',
  'postalAddress',
  'birthDate',
  'personName',
  'caseNumber',
]);

const IsoDateTime = z.iso.datetime({ offset: true });

/** A page URL as it may be sent: origin and path only. */
export const ScrubbedUrl = z.url({ protocol: /^https?$/ }).check(
  z.refine((url) => !url.includes('?') && !url.includes('#'), {
    message: 'query or fragment in a scrubbed URL',
    params: { rule: 'no-query-or-fragment' },
  }),
);

export const PageInfo = z.object({
  url: ScrubbedUrl,
  title: z.string().check(z.maxLength(300)),
  /** Short service code the administration uses, e.g. "HA" (Hauptantrag) or "WBA". */
  service: z.optional(z.string().check(z.maxLength(50))),
  /** Name of the process step, e.g. "Wohnen und Heizkosten". */
  step: z.optional(z.string().check(z.maxLength(200))),
});

export const Suggestion = z.object({
  id: z.uuid(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  authorRole: AuthorRole,
  page: PageInfo,
  target: AnnotationTarget,
  category: Category,
  /** What is wrong, in the person's words, after redaction. */
  problem: z.string().check(z.trim(), z.minLength(1), z.maxLength(5000)),
  /** Better wording or a better process, after redaction. */
  proposal: z.optional(z.string().check(z.maxLength(5000))),
  language: Language,
  /** How many findings of each kind the privacy filter removed. */
  redactions: z._default(z.partialRecord(RedactionKind, z.int().check(z.positive())), {}),
});

export type Language = z.infer<typeof Language>;
export type AuthorRole = z.infer<typeof AuthorRole>;
export type Category = z.infer<typeof Category>;
export type RedactionKind = z.infer<typeof RedactionKind>;
export type PageInfo = z.infer<typeof PageInfo>;
export type Suggestion = z.infer<typeof Suggestion>;
