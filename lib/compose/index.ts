export { composeEdit, composeSuggestion, type SuggestionDraft } from './compose-suggestion';
export { describePage } from './describe-page';
export { countPlaceholders, markKeptPlaceholders } from './kept-redactions';
