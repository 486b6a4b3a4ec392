export { composeEdit, composeSuggestion, type SuggestionDraft } from './compose-suggestion';
export { describePage } from './describe-page';
