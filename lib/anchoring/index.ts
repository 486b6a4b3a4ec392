/**
 * Anchoring: describe what a person points at (a field, a sentence, a step) as W3C selectors plus our
 * FieldSelector, and find it again after the page has changed, or say honestly that it is gone.
 */
export { describe, describeAll } from './describe';
export { anchor, anchorAll, type AnchorMatch } from './anchor';
export { observeAnchors, type AnchorObserver, type AnchorReport, type ObserveOptions } from './observer';
