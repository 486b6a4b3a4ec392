import { describe, expect, it } from 'vitest';
import { mayAsk } from './device-access';

const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const page = (url: string) => ({ url, title: 'Antrag' });
const ask = (intent: string, ...params: unknown[]) => ({ channel: 'mitgestalten/device', intent, params });
const contentScriptOn = (url: string) => ({ id: 'x', url, tab: { id: 1 } as never, frameId: 0 });

describe('who may ask the background for what', () => {
  it('lets the extension’s own pages (the panels’ frame, popup, options) ask for everything', () => {
    const frame = { id: 'x', url: `${EXTENSION}panels.html#secret&lang=de` };
    for (const intent of ['listAll', 'save', 'exportUnsent', 'writeSettings', 'withdraw']) expect(mayAsk(frame, ask(intent), EXTENSION)).toBe(true);
  });

  it('lets a content script list only the suggestions of the site it runs on', () => {
    const sender = contentScriptOn('https://portal.jobcenter.digital/antrag?fall=12');
    expect(mayAsk(sender, ask('listPage', page('https://portal.jobcenter.digital/antrag')), EXTENSION)).toBe(true);
    // Another site's suggestions, named by a content script running on this one: refused.
    expect(mayAsk(sender, ask('listPage', page('https://intern.jobcenter-ge.de/akte')), EXTENSION)).toBe(false);
  });

  it('refuses a content script everything else: other pages, saving, sending, exporting, settings', () => {
    const sender = contentScriptOn('https://portal.jobcenter.digital/antrag');
    for (const intent of ['listAll', 'save', 'editTexts', 'withdraw', 'exportUnsent', 'importFile', 'readSettings', 'writeSettings', 'readDraft', 'receipts']) {
      expect(mayAsk(sender, ask(intent), EXTENSION), intent).toBe(false);
    }
    // A page that dressed its message up as the extension's is still the page.
    expect(mayAsk({ ...sender, url: `https://portal.jobcenter.digital/${EXTENSION}panels.html` }, ask('listAll'), EXTENSION)).toBe(false);
    expect(mayAsk(sender, { nonsense: true }, EXTENSION)).toBe(false);
  });
});
