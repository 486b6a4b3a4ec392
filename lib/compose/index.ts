export { composeEdit, composeSuggestion, type SuggestionDraft } from './compose-suggestion';
export { describePage } from './describe-page';
export { redactPage, redactTarget } from './redact-target';
