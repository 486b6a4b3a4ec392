/*
 * What the page agent needs to find and describe places on the page: quote matching, pointing, the list of
 * fields. The widget loads it when it is used (pointing, the finder, the field the person was in) or at once
 * when the page has suggestions to mark, never with the first panel; the extension's agent carries it.
 */
export { describe, observeAnchors } from '../lib/anchoring';
export { listPageTargets } from './page-targets';
export { startPicker } from './picker';

export type PageAnchoring = typeof import('./page-anchoring');
