export { composeEdit, composeSuggestion, redactDraftTexts, type SuggestionDraft } from './compose-suggestion';
export { describePage } from './describe-page';
