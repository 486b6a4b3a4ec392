/**
 * The board's styles, adopted by its document as a constructable stylesheet (no inline styles, so the
 * backlog can serve the board under a strict Content-Security-Policy). Colours and focus as the
 * overlay's: contrast at least 4.5:1, a visible focus ring, targets at least 44 px.
 */
export const boardCss = `
:root { --mg-ink: #1b1b1b; --mg-paper: #fff; --mg-muted: #4a4a4a; --mg-accent: #0b5394; --mg-accent-ink: #fff;
  --mg-error: #b00020; --mg-warn: #7a4b00; --mg-both: #5b2a86; --mg-line: #c8c8c8; }
body { font: 16px/1.5 system-ui, sans-serif; color: var(--mg-ink); background: var(--mg-paper); margin: 0; }
.mg-board { padding: 16px; max-width: 90rem; margin: 0 auto; }
.mg-board-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: end; gap: 16px; }
h1 { font-size: 1.6rem; margin: 0; }
h2 { font-size: 1.25rem; margin: 16px 0 8px; }
h3 { font-size: 1.05rem; margin: 16px 0 4px; }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.mg-hint { color: var(--mg-muted); margin: 0; }
.mg-error { color: var(--mg-error); font-weight: 600; }
.mg-warning { color: var(--mg-warn); font-weight: 600; border-inline-start: 4px solid currentColor; padding-inline-start: 8px; }
.mg-status { min-height: 1.5em; font-weight: 600; }
.mg-field { display: flex; flex-direction: column; gap: 4px; }
label { font-weight: 600; }
input, select, textarea { font: inherit; color: var(--mg-ink); background: var(--mg-paper); border: 2px solid var(--mg-muted);
  border-radius: 4px; padding: 8px; min-height: 44px; box-sizing: border-box; }
textarea { inline-size: 100%; }
input[type="checkbox"] { min-height: 0; inline-size: 24px; block-size: 24px; margin: 10px; flex: none; }
.mg-button { min-height: 44px; padding: 8px 16px; font: inherit; font-weight: 600; cursor: pointer; display: inline-block;
  border: 2px solid var(--mg-accent); border-radius: 4px; background: var(--mg-paper); color: var(--mg-accent); }
.mg-button[aria-pressed="true"], .mg-primary { background: var(--mg-accent); color: var(--mg-accent-ink); }
.mg-quiet { border-color: transparent; text-decoration: underline; }
.mg-button[disabled] { opacity: 0.6; cursor: not-allowed; }
.mg-actions, .mg-tabs { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
.mg-visually-hidden { position: absolute !important; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.mg-drop { border: 2px dashed var(--mg-muted); border-radius: 8px; padding: 16px; display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
.mg-drop.mg-over { border-color: var(--mg-accent); background: #eef4fb; }
.mg-drop input:focus-visible + label { outline: 3px solid #ffbf47; outline-offset: 2px; }
.mg-report { padding-inline-start: 20px; }
.mg-progress { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; margin: 12px 0; }
.mg-progress progress { inline-size: 16rem; block-size: 1rem; }
.mg-filters form { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; }
.mg-wide { flex: 1 1 16rem; }
.mg-layout { display: grid; grid-template-columns: minmax(18rem, 2fr) minmax(20rem, 3fr); gap: 16px; align-items: start; }
@media (max-width: 60rem) { .mg-layout { grid-template-columns: 1fr; } }
.mg-vlist { position: relative; overflow: auto; block-size: 70vh; border: 1px solid var(--mg-line); border-radius: 4px; }
.mg-vlist ul { position: relative; margin: 0; padding: 0; list-style: none; }
.mg-vrow { position: absolute; inset-inline: 0; box-sizing: border-box; border-block-end: 1px solid var(--mg-line); }
.mg-cluster { display: flex; align-items: flex-start; block-size: 100%; }
.mg-cluster.mg-open { background: #eef4fb; }
.mg-cluster button { flex: 1; min-inline-size: 0; block-size: 100%; text-align: start; font: inherit; color: inherit; background: transparent;
  border: 0; padding: 6px 8px; cursor: pointer; display: grid; grid-template-columns: auto 1fr; column-gap: 8px; align-content: start; }
.mg-count { font-weight: 700; }
.mg-hits { color: var(--mg-muted); }
.mg-where { grid-column: 1 / -1; color: var(--mg-muted); overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.mg-problem { grid-column: 1 / -1; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.mg-roles { grid-column: 1 / -1; font-size: 0.9rem; }
.mg-both { color: var(--mg-both); font-weight: 700; margin-inline-start: 6px; }
.mg-detail { border: 1px solid var(--mg-line); border-radius: 4px; padding: 12px 16px; }
.mg-detail-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.mg-detail-head h2 { margin: 0; }
.mg-context { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0; }
.mg-context dt { font-weight: 600; }
.mg-context dd { margin: 0; }
.mg-said { white-space: pre-wrap; overflow-wrap: anywhere; }
.mg-quote { display: block; font-style: italic; }
.mg-decision { display: flex; flex-direction: column; gap: 6px; margin-block: 12px; }
.mg-decision button { align-self: flex-start; }
.mg-members { list-style: none; padding: 0; }
.mg-members li { display: flex; align-items: flex-start; border-block-end: 1px solid var(--mg-line); padding-block: 4px; }
.mg-members label { font-weight: normal; display: flex; flex-direction: column; }
table { border-collapse: collapse; margin-block: 8px 16px; }
caption { text-align: start; font-weight: 600; padding-block: 4px; }
th, td { border: 1px solid var(--mg-line); padding: 4px 8px; text-align: start; }
td { text-align: end; }
.mg-charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 16px; }
.mg-charts h2 { grid-column: 1 / -1; }
.mg-chart { margin: 0; }
.mg-chart figcaption { font-weight: 600; }
.mg-bar-row { display: grid; grid-template-columns: 10rem 1fr 3rem; gap: 8px; align-items: center; }
.mg-bar { display: block; block-size: 16px; background: var(--mg-accent); }
.mg-bar-label { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.mg-pages { list-style: none; padding: 0; }
.mg-pages li { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 8px; border-block-end: 1px solid var(--mg-line); padding-block: 6px; }
.mg-url { display: block; overflow-wrap: anywhere; }
.mg-signin { display: flex; flex-direction: column; gap: 8px; max-inline-size: 30rem; }
.mg-signin button { align-self: flex-start; }
`;
