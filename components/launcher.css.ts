/**
 * The styles every page view needs: the shadow host's reset, the overlay's colours and focus ring, and the
 * launcher. Adopted into the overlay's shadow root (never into the page) when the page loads; the panels'
 * styles (page-layer.css.ts, panels.css.ts) follow with the rest of the overlay on first use. `:host { all: initial }`
 * shields us from the page's inherited styles; nothing here can reach the page's own elements.
 */
export const launcherCss = `
:host {
  all: initial !important;
  /* The host's own box, after the reset: \`all\` above also overrides the host's inline style (in a
     shadow root, !important wins over the page), and a static host let every page element that claims
     z-index 2147483647 paint over the launcher. */
  display: block !important; position: absolute !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important;
}
.mg-root {
  --mg-ink: #1b1b1b; --mg-paper: #ffffff; --mg-accent: #0b5394; --mg-accent-ink: #ffffff;
  --mg-muted: #4a4a4a; --mg-warn: #8a3b00; --mg-error: #b00020; --mg-focus: #ffbf47;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: var(--mg-ink);
}
.mg-root *, .mg-root *::before, .mg-root *::after { box-sizing: border-box; }
.mg-root[hidden], .mg-root [hidden] { display: none !important; }
.mg-root :focus-visible { outline: 3px solid var(--mg-focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--mg-ink); }
.mg-dock {
  position: fixed; z-index: 2147483646; display: flex; align-items: center; gap: 4px;
  /* On a phone the launcher with its count is wider than the screen: wrap inside it, never off it. */
  max-width: calc(100vw - 32px);
}
.mg-dock-bottom-end { inset-block-end: 16px; inset-inline-end: 16px; }
.mg-dock-bottom-start { inset-block-end: 16px; inset-inline-start: 16px; }
.mg-dock-top-end { inset-block-start: 16px; inset-inline-end: 16px; }
.mg-dock-top-start { inset-block-start: 16px; inset-inline-start: 16px; }
.mg-launcher {
  display: inline-flex; flex-wrap: wrap; justify-content: center; align-items: center; gap: 4px 8px; min-height: 44px; min-width: 44px; padding: 8px 16px;
  border: 2px solid var(--mg-accent-ink); border-radius: 24px; background: var(--mg-accent); color: var(--mg-accent-ink);
  font: inherit; font-weight: 600; cursor: pointer; box-shadow: 0 2px 8px rgb(0 0 0 / 0.3);
}
.mg-collapsed .mg-launcher { padding: 8px; justify-content: center; }
.mg-dock-tool {
  min-width: 44px; min-height: 44px; border-radius: 22px; border: 2px solid var(--mg-accent);
  background: var(--mg-paper); color: var(--mg-accent); font: 700 18px/1 system-ui, sans-serif; cursor: pointer;
}
.mg-badge { background: var(--mg-accent-ink); color: var(--mg-accent); border-radius: 12px; padding: 0 8px; font-size: 14px; }
@media (max-width: 480px) {
  .mg-dock:not(.mg-collapsed) .mg-launcher-icon { display: none; }
}
@media (prefers-reduced-motion: reduce) { .mg-root * { transition: none !important; animation: none !important; } }
@media (forced-colors: active) {
  .mg-launcher { forced-color-adjust: none; background: ButtonText; color: ButtonFace; border-color: ButtonFace; }
}
`;
