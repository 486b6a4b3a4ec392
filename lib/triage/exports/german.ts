import type { AuthorRole, BacklogStatus, TargetKind } from '../../model';

/**
 * German words for the files handed to the administration's own tools (Excel, Jira, GitLab,
 * OpenProject), whose teams work in German. The board's own screens word the same codes through
 * lib/i18n, in the person's language.
 */

/** The status as the issue and the board name it: neu, in Prüfung, geplant, umgesetzt, abgelehnt, Duplikat. */
export const STATUS_DE: Record<BacklogStatus, string> = {
  received: 'neu',
  'in-review': 'in Prüfung',
  planned: 'geplant',
  implemented: 'umgesetzt',
  declined: 'abgelehnt',
  merged: 'Duplikat',
};

export { CATEGORY_DE } from '../../outbox/csv';

export const ROLE_PLURAL_DE: Record<AuthorRole, string> = {
  claimant: 'Leistungsberechtigte',
  caseworker: 'Fachkräfte',
  advisor: 'Beratung',
  other: 'Sonstige',
};

export const TARGET_KIND_DE: Record<TargetKind, string> = { field: 'Feld', element: 'Abschnitt', text: 'Textstelle', page: 'ganze Seite' };
