/**
 * The attribute the widget sets on `<html>` while it runs. A page that embeds the widget shows the widget
 * only: the extension, which can see the page, stays out of it (the page cannot see the extension, and
 * must not: it never announces itself). Suggestions made there are kept on the page's origin.
 */
export const WIDGET_MARKER = 'data-mitgestalten-widget';

export const hasWidget = (doc: Document): boolean => doc.documentElement.hasAttribute(WIDGET_MARKER);
