/**
 * The styles of the panels, adopted where the panels render (the extension's frame, or the widget's shadow
 * root) on first use, after launcher.css.ts (colours, focus ring) and page-layer.css.ts (buttons).
 */
export const panelsCss = `
.mg-panel {
  position: fixed; inset-block-end: 16px; inset-inline-end: 16px; z-index: 2147483647;
  width: min(420px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto;
  background: var(--mg-paper); color: var(--mg-ink); border: 2px solid var(--mg-ink); border-radius: 8px;
  padding: 16px; display: flex; flex-direction: column; gap: 8px; box-shadow: 0 4px 24px rgb(0 0 0 / 0.35);
}
.mg-panel > * { flex-shrink: 0; }
.mg-panel h2 { font-size: 20px; margin: 0 0 4px; }
.mg-panel h3 { font-size: 17px; margin: 8px 0 0; }
.mg-panel p { margin: 0; }
.mg-form form { display: flex; flex-direction: column; gap: 4px; }
.mg-form label { font-weight: 600; margin-block-start: 8px; }
.mg-form select, .mg-form textarea {
  font: inherit; color: var(--mg-ink); background: var(--mg-paper); border: 2px solid var(--mg-muted);
  border-radius: 4px; padding: 8px; min-height: 44px; width: 100%;
}
.mg-hint, .mg-status { color: var(--mg-muted); font-size: 14px; }
.mg-error { color: var(--mg-error); font-weight: 600; }
.mg-warning { color: var(--mg-warn); font-weight: 600; }
.mg-target { font-weight: 600; overflow-wrap: anywhere; }
/* The way on stays in view while a long form scrolls (phone, 200 % zoom): the panel's own padding is 16px. */
.mg-sticky-actions {
  position: sticky; inset-block-end: -16px; z-index: 1; margin: 12px -16px -16px; padding: 12px 16px 16px;
  background: var(--mg-paper); border-block-start: 1px solid var(--mg-muted);
}
.mg-language { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.mg-language select { flex: 1 1 10em; }
.mg-control { font: 600 12px/1 ui-monospace, monospace; color: var(--mg-error); border: 1px solid currentColor; border-radius: 3px; padding: 0 2px; }
.mg-panel label { font-weight: 600; }
.mg-panel select, .mg-panel input[type="search"] {
  font: inherit; color: var(--mg-ink); background: var(--mg-paper); border: 2px solid var(--mg-muted);
  border-radius: 4px; padding: 8px; min-height: 44px; width: 100%;
}
.mg-choices { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.mg-choice { width: 100%; font-weight: 400; }
.mg-before { margin: 8px 0 0; padding: 8px; border-inline-start: 4px solid var(--mg-muted); background: #f3f3f3; }
.mg-before figcaption { font-weight: 600; }
.mg-before blockquote { margin: 4px 0 0; }
.mg-summary { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; }
.mg-summary dt { font-weight: 600; }
.mg-summary dd { margin: 0; overflow-wrap: anywhere; }
.mg-removed { background: #fff0b3; color: var(--mg-ink); border: 1px dashed var(--mg-warn); padding: 0 2px; }
.mg-possible-name mark { background: #ffe0e0; color: var(--mg-ink); border-block-end: 2px solid var(--mg-error); }
.mg-remove-name { min-height: 32px; padding: 2px 8px; margin-inline: 4px; font-size: 14px; }
.mg-notice { font-weight: 600; }
.mg-question { border: 2px solid var(--mg-warn); border-radius: 4px; padding: 8px; display: flex; flex-direction: column; gap: 8px; }
.mg-check { display: flex; gap: 8px; align-items: flex-start; min-height: 44px; }
.mg-check input { width: 24px; height: 24px; margin: 0; flex: none; }
.mg-tabs { display: flex; flex-wrap: wrap; gap: 4px; }
.mg-tab[aria-pressed="true"] { background: var(--mg-accent); color: var(--mg-accent-ink); }
.mg-confirm { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.mg-danger { border-color: var(--mg-error); color: var(--mg-error); }
.mg-items li:focus { outline: 3px solid var(--mg-focus); }
@media (max-width: 480px) {
  .mg-panel { inset-inline: 8px; inset-block-end: 8px; width: auto; max-height: calc(100vh - 16px); }
  .mg-summary { grid-template-columns: 1fr; }
}
.mg-waiting, .mg-batches { margin: 0; padding-inline-start: 20px; }
.mg-progress { display: flex; flex-direction: column; gap: 4px; }
.mg-progress progress { width: 100%; height: 16px; accent-color: var(--mg-accent); }
.mg-answer { border-inline-start: 4px solid var(--mg-accent); padding-inline-start: 8px; }
.mg-panel input[type="file"] { font: inherit; min-height: 44px; max-width: 100%; }
.mg-items { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 12px; }
.mg-items li { border-block-start: 1px solid var(--mg-muted); padding-block-start: 8px; }
.mg-item-head { display: flex; gap: 8px; align-items: baseline; }
.mg-number { display: inline-block; min-width: 24px; text-align: center; border-radius: 12px; background: var(--mg-accent); color: var(--mg-accent-ink); font-weight: 700; }
@media (forced-colors: active) {
  .mg-number { forced-color-adjust: none; background: ButtonText; color: ButtonFace; border-color: ButtonFace; }
}
`;
