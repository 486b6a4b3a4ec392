// Breaks lib-no-extension-apis: both shells use lib/, and the widget has no extension APIs.
import { browser } from 'wxt/browser';

export const connect = (name: string) => browser.runtime.connect({ name });
