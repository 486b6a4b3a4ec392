/**
 * The styles of what the overlay shows in the page besides the launcher: this page's markers, the pointing
 * banner with its outline, the live region, and the buttons they share with the panels. Adopted into the
 * overlay's shadow root when the page agent loads.
 */
export const pageLayerCss = `
.mg-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-block-start: 12px; }
.mg-button {
  min-height: 44px; padding: 8px 16px; font: inherit; font-weight: 600; cursor: pointer; text-align: start;
  border: 2px solid var(--mg-accent); border-radius: 4px; background: var(--mg-paper); color: var(--mg-accent);
}
.mg-primary { background: var(--mg-accent); color: var(--mg-accent-ink); }
.mg-quiet { border-color: transparent; text-decoration: underline; }
.mg-button[disabled], .mg-button[aria-disabled="true"] { opacity: 0.6; cursor: progress; }
.mg-banner {
  position: fixed; inset-block-start: 0; inset-inline: 0; z-index: 2147483647;
  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px;
  padding: 8px 16px; background: var(--mg-ink); color: var(--mg-paper);
}
.mg-banner p { margin: 0; flex: 1 1 240px; }
.mg-banner .mg-actions { margin: 0; }
.mg-banner .mg-button { background: transparent; color: var(--mg-paper); border-color: var(--mg-paper); text-decoration: none; }
.mg-highlight {
  position: fixed; z-index: 2147483645; pointer-events: none;
  outline: 3px solid var(--mg-accent); background: rgb(11 83 148 / 0.12); border-radius: 2px;
}
.mg-markers { position: absolute; inset-block-start: 0; inset-inline-start: 0; }
.mg-marker {
  /* 44 px to hit with a finger; the visible dot inside is smaller, to hide less of the form. */
  position: absolute; z-index: 2147483644; width: 44px; height: 44px; margin-block-start: -12px;
  display: grid; place-items: center; padding: 0; border: 0; background: transparent; cursor: pointer;
}
.mg-marker-dot {
  min-width: 30px; height: 30px; padding: 0 6px; border-radius: 15px; display: grid; place-items: center;
  border: 2px solid var(--mg-accent-ink); background: var(--mg-accent); color: var(--mg-accent-ink);
  font: 700 14px/1 system-ui, sans-serif; box-shadow: 0 1px 4px rgb(0 0 0 / 0.4);
}
.mg-visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (forced-colors: active) {
  .mg-marker-dot, .mg-primary { forced-color-adjust: none; background: ButtonText; color: ButtonFace; border-color: ButtonFace; }
  .mg-highlight { outline-color: Highlight; }
}
`;
