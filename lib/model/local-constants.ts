// Plain values of the local model, apart from its schemas (local.ts): the code that runs on every page view
// (the launcher, the widget's boot) reads them without zod.

/** Corners of the viewport where the launcher may sit, in the order the launcher's "move" button walks them; logical, so they mirror for right-to-left. */
export const LAUNCHER_CORNERS = ['bottom-end', 'bottom-start', 'top-end', 'top-start'] as const;

/** A draft older than this is dropped rather than offered again. */
export const DRAFT_MAX_AGE_MS = 24 * 60 * 60_000;
