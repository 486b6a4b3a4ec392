import { countByKind, redact } from '../privacy';
import { redactPage, redactTarget } from './redact-target';
import {
  parseWith,
  SCHEMA_VERSION,
  Suggestion,
  type AnnotationTarget,
  type AuthorRole,
  type Category,
  type Language,
  type PageInfo,
  type Suggestion as SuggestionType,
  type SuggestionEdit,
} from '../model';

/** What a person filled in on the suggestion form, before the privacy filter. */
export interface SuggestionDraft {
  target: AnnotationTarget;
  page: PageInfo;
  category: Category;
  problem: string;
  proposal?: string;
  authorRole: AuthorRole;
  language: Language;
}

/** The texts as they will be stored for sending, and what the privacy filter removed from them. */
function redactDraftTexts(draft: Pick<SuggestionDraft, 'problem' | 'proposal' | 'language'>) {
  const problem = redact(draft.problem.trim(), { language: draft.language });
  const proposalText = draft.proposal?.trim();
  const proposal = proposalText ? redact(proposalText, { language: draft.language }) : undefined;
  return { problem, proposal, findings: [...problem.findings, ...(proposal?.findings ?? [])] };
}

/**
 * The changed texts of an edited suggestion, through the same privacy filter as a new one. The filter
 * counts the placeholders kept from the first redaction too, so an edit keeps the record of what was removed.
 */
export function composeEdit(draft: Pick<SuggestionDraft, 'category' | 'problem' | 'proposal' | 'authorRole' | 'language'>): SuggestionEdit {
  const { problem, proposal, findings } = redactDraftTexts(draft);
  return {
    category: draft.category,
    authorRole: draft.authorRole,
    language: draft.language,
    problem: problem.text,
    // An emptied proposal is removed, not kept as an empty string.
    proposal: proposal?.text,
    redactions: countByKind(findings),
  };
}

/**
 * Turn a filled-in form into the suggestion that is stored for sending. Free text, and everything taken
 * from the page (title, step, label, quote), passes the privacy filter here, on the device, so only
 * redacted text and the count of findings per kind are ever kept.
 */
export function composeSuggestion(draft: SuggestionDraft, now: Date = new Date(), id: string = crypto.randomUUID()): SuggestionType {
  const { problem, proposal, findings: textFindings } = redactDraftTexts(draft);
  // What comes from the page leaves the device too, so it passes the same filter and is counted.
  const page = redactPage(draft.page, draft.language);
  const target = redactTarget(draft.target, draft.language);
  const findings = [...textFindings, ...page.findings, ...target.findings];
  const timestamp = now.toISOString();
  return parseWith(
    Suggestion,
    {
      id,
      schemaVersion: SCHEMA_VERSION,
      createdAt: timestamp,
      updatedAt: timestamp,
      authorRole: draft.authorRole,
      page: page.value,
      target: target.value,
      category: draft.category,
      problem: problem.text,
      ...(proposal ? { proposal: proposal.text } : {}),
      language: draft.language,
      redactions: countByKind(findings),
    },
    'suggestion',
  );
}
