/**
 * The extension's own pages (toolbar popup, options) in the overlay's look: the same colours, buttons and
 * focus ring (launcher.css.ts, panels.css.ts), with the panel as the page itself instead of floating over one.
 */
export const extensionPageCss = `
html, body { margin: 0; background: #ffffff; }
body.mg-root { padding: 0; }
.mg-page.mg-panel, .mg-popup.mg-panel {
  position: static; width: auto; max-height: none; overflow: visible; box-shadow: none; border: 0; border-radius: 0;
}
.mg-popup { width: 340px; max-width: 100%; }
.mg-page { max-width: 44rem; margin: 0 auto; }
.mg-panel h1 { font-size: 22px; margin: 0 0 4px; }
.mg-panel h2 { font-size: 18px; margin: 12px 0 0; }
.mg-counts { border-collapse: collapse; width: 100%; }
.mg-counts caption { text-align: start; font-weight: 600; }
.mg-counts th, .mg-counts td { text-align: start; padding: 4px 8px 4px 0; border-block-end: 1px solid #d0d0d0; }
.mg-counts td { font-variant-numeric: tabular-nums; }
.mg-links { margin: 0; padding-inline-start: 20px; }
.mg-links a, .mg-page a { color: var(--mg-accent); }
.mg-page fieldset { border: 1px solid var(--mg-muted); border-radius: 4px; padding: 8px 16px 16px; margin: 12px 0 0; display: flex; flex-direction: column; gap: 4px; }
.mg-page legend { font-weight: 700; font-size: 18px; padding: 0 4px; }
.mg-page label { font-weight: 600; margin-block-start: 8px; }
.mg-page input:not([type="radio"]), .mg-page select {
  font: inherit; color: var(--mg-ink); background: var(--mg-paper); border: 2px solid var(--mg-muted);
  border-radius: 4px; padding: 8px; min-height: 44px;
}
.mg-page .mg-choice { font-weight: 400; display: flex; align-items: center; gap: 8px; margin: 0; min-height: 44px; }
.mg-page .mg-choice input { width: 20px; height: 20px; }
.mg-locked { color: var(--mg-warn); font-weight: 600; font-size: 14px; }
.mg-sites { margin: 0; padding-inline-start: 20px; }
.mg-sites li { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
`;
