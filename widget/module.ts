import { createWidget } from './embed';
import * as parts from './parts';

/*
 * The ES module entry for sites with their own bundler: `import { init } from '…/mitgestalten.mjs'`.
 * The same widget as the script tag, without a global; its parts load through the bundler's own chunks.
 */

const widget = createWidget(document, async () => parts);

export const { init, open, close, destroy, on } = widget;
export type { WidgetApi } from './embed';
export type { WidgetEvents, WidgetOptions } from './options';
