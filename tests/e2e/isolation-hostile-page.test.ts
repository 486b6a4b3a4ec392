/**
 * A hostile page of our own on an allowed site, doing everything a curious or compromised portal could: it
 * listens to every message, key and DOM change, looks for our shadow root and frames, claims custom element
 * names first, replays the framework's start message, removes our host, and opens its own modal dialog and
 * popover. The person meanwhile makes suggestions on another site and on this one, and reads them all.
 * The page must learn nothing of what they wrote, nor that the extension is there, nor be able to stop it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../../lib/i18n/messages/de';
import { axeOverlay } from './support/axe';
import { suggestOn } from './support/overlay-flow';
import { announced, dialog, fillForm, focusedElement, focusInPanel, launcher, own } from './support/overlay';
import { extensionSession } from './support/session';

const session = extensionSession({ locale: 'de-DE', viewport: { width: 1280, height: 800 } });

/** What the person writes on the other site, and on the hostile page itself. */
const ELSEWHERE = 'Auf der anderen Seite fehlt ein Hinweis zur Wohnung in der Lindenstraße.';
const TYPED_HERE = 'Geheimnis beim Tippen: Mein Widerspruch wurde nie beantwortet.';

/**
 * The page's own script, run before anything else on the page (as an inline script in <head> would). Every
 * observation goes into `window.__seen`, for the test to read afterwards.
 */
function hostileScript() {
  const seen = { messages: [] as string[], keys: [] as string[], texts: [] as string[], shadowRoots: 0, frameReads: [] as string[], claimed: [] as string[] };
  (window as unknown as { __seen: typeof seen }).__seen = seen;
  window.addEventListener('message', (event) => seen.messages.push(JSON.stringify(event.data)), true);
  for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'compositionend']) {
    window.addEventListener(type, (event) => seen.keys.push(`${type}:${(event as KeyboardEvent).key ?? (event as InputEvent).data ?? ''}`), true);
  }
  // Names the overlay might use: defined first, they would take over an element created under them.
  for (const name of ['mitgestalten-overlay', 'mitgestalten-host', 'mitgestalten-launcher']) {
    customElements.define(name, class extends HTMLElement {
      constructor() {
        super();
        seen.claimed.push(name);
      }
    });
  }
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) seen.texts.push(node.textContent ?? '');
      if (record.type === 'characterData') seen.texts.push(record.target.textContent ?? '');
      if (record.type === 'attributes') seen.texts.push((record.target as Element).getAttribute(record.attributeName!) ?? '');
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  (window as unknown as { __probe: () => void }).__probe = () => {
    for (const element of document.querySelectorAll('*')) {
      if (element.shadowRoot) {
        seen.shadowRoots += 1;
        seen.texts.push(element.shadowRoot.textContent ?? '');
      }
    }
    for (let index = 0; index < window.frames.length; index++) {
      try {
        seen.frameReads.push(window.frames[index]!.document.body.innerText);
      } catch {
        seen.frameReads.push('blocked');
      }
    }
    seen.texts.push(document.documentElement.innerText);
  };
}

interface Seen {
  messages: string[];
  keys: string[];
  texts: string[];
  shadowRoots: number;
  frameReads: string[];
  claimed: string[];
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { __probe(): void; __seen: Seen }).__probe()).then(() =>
  page.evaluate(() => (window as unknown as { __seen: Seen }).__seen),
);

async function hostilePage(path = '/wba.html'): Promise<Page> {
  const page = await session.browser.context.newPage();
  page.setDefaultTimeout(15_000);
  await page.addInitScript(hostileScript);
  await page.goto(`${session.site.url}${path}`);
  await launcher(page).waitFor();
  return page;
}

/** The element of the page that is topmost at the launcher's middle: our host, when nothing of the page covers it. */
async function topmostAtLauncher(page: Page): Promise<string | undefined> {
  const box = (await launcher(page).boundingBox())!;
  return page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

/**
 * From the button of the page's open modal (`#page-modal-ok`), Alt+Shift+V opens the menu with focus in it, and
 * Escape gives focus back to that button, which then takes a click: the page's modal is usable again.
 */
async function shortcutFromPageModalAndBack(page: Page): Promise<void> {
  await page.locator('#page-modal-ok').focus();
  await page.keyboard.press('Alt+Shift+V');
  await (await dialog(page, de['menu.title'])).waitFor();
  await focusInPanel(page);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await focusedElement(page)).id).toBe('page-modal-ok');
  await page.locator('#page-modal-ok').click();
}

describe('a hostile page on an allowed site', () => {
  it('learns nothing a person writes there or saved elsewhere, sees no keystroke, and cannot tell the extension is there', async () => {
    // A suggestion on another site of the same person (localhost is an allowed site, another origin).
    const other = await session.browser.context.newPage();
    await other.goto(session.site.url.replace('127.0.0.1', 'localhost') + '/wba.html');
    await launcher(other).waitFor();
    await suggestOn(other, '#wba-iban', ELSEWHERE);
    await other.close();

    const page = await hostilePage();
    // The overlay appeared although the page claimed our likely names first.
    expect(await launcher(page).isVisible()).toBe(true);

    // The person writes a suggestion on this page, by keyboard, and saves it.
    await launcher(page).click();
    await (await dialog(page, de['menu.title'])).getByRole('button', { name: de['menu.wholePage'] }).click();
    const form = await dialog(page, de['form.title']);
    await form.getByLabel(de['form.problem']).pressSequentially(TYPED_HERE);
    await form.getByRole('button', { name: de['form.next'] }).click();
    await (await dialog(page, de['review.title'])).getByRole('button', { name: de['review.save'] }).click();
    await announced(page, de['saved.announce'].split('.')[0]!);

    // And reads every suggestion on every page, with the page open behind.
    await launcher(page).click();
    await (await dialog(page, de['menu.title'])).getByRole('button', { name: /Meine Vorschläge/ }).click();
    const list = await dialog(page, de['list.title']);
    await list.getByRole('button', { name: de['list.everywhere'] }).click();
    await list.getByText(ELSEWHERE).waitFor();
    await list.getByText(TYPED_HERE).waitFor();

    const observed = await seen(page);
    const everything = JSON.stringify(observed);
    expect(everything).not.toContain('Lindenstraße');
    expect(everything).not.toContain('Widerspruch');
    // No key the person pressed in the panels reached the page, not even one letter.
    expect(observed.keys.filter((key) => /^key(down|up|press):[a-zäöüß]$/i.test(key))).toEqual([]);
    // Not one message: the extension never announces itself, and nothing it says crosses the page.
    expect(observed.messages).toEqual([]);
    // No shadow root to look into, no frame to read.
    expect(observed.shadowRoots).toBe(0);
    expect(observed.frameReads.every((read) => read === 'blocked')).toBe(true);
    // The page's own storage holds nothing of ours.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name))).not.toContain('mitgestalten');
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('Widerspruch');
    // The names it claimed never got our host.
    expect(observed.claimed).toEqual([]);
    await page.close();
  });

  it('cannot remove or stop the overlay: neither by removing its host nor by replaying a start message', async () => {
    const page = await hostilePage();
    await page.evaluate(() => {
      // The start message of the framework's content scripts, replayed to make running scripts stand down.
      window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'content', messageId: 'x' }, '*');
      for (const element of [...document.documentElement.children]) if (element.localName.startsWith('mitgestalten-')) element.remove();
    });
    await launcher(page).waitFor();
    await launcher(page).click();
    await (await dialog(page, de['menu.title'])).waitFor();
    await page.close();
  });

  it('is usable above a modal dialog the page already shows when the overlay starts, by mouse and keyboard', async () => {
    // The page's own script shows its modal while the page loads, before the overlay's boot (document_idle) runs:
    // the boot finds it in the top layer and goes there too (overlay/top-layer.ts), instead of waiting for a toggle.
    // A page script, not an init script of the test: a modal shown from Playwright's init script at load left the
    // panels' frame refusing focus in Chromium, which no page of its own does (checked with a bare extension).
    const page = await session.browser.context.newPage();
    const address = `${session.site.url}/hinweis-beim-laden.html`;
    await page.route(address, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="de"><head><title>Hinweise</title><script>
          document.addEventListener('DOMContentLoaded', () => document.querySelector('dialog').showModal());
        </script></head><body><h1>Antrag</h1><label>Name <input id="name"></label>
        <dialog><p>Bitte bestätigen Sie die Hinweise.</p><button id="page-modal-ok">Verstanden</button></dialog></body></html>`,
      }),
    );
    await page.goto(address);
    await launcher(page).waitFor();
    expect(await topmostAtLauncher(page)).toMatch(/^mitgestalten-/);
    await launcher(page).click();
    await (await dialog(page, de['menu.title'])).waitFor();
    await focusInPanel(page);
    // Escape gives focus back to the launcher the person clicked, inside the page's modal.
    await page.keyboard.press('Escape');
    await expect.poll(async () => focusedElement(page)).toMatchObject({ inOverlay: true, tag: 'button', name: expect.stringContaining(de['launcher.open']) });
    // From the modal's own button, the shortcut opens the menu, and Escape gives focus back there.
    await shortcutFromPageModalAndBack(page);
    await page.close();
  });

  it('stays usable above the page’s own modal dialog and popover, and never traps focus under them', async () => {
    const page = await hostilePage();
    await page.evaluate(() => {
      const modal = document.createElement('dialog');
      modal.innerHTML = '<p>Ihre Sitzung läuft bald ab.</p><button id="page-modal-ok">Weiter angemeldet bleiben</button>';
      document.body.append(modal);
      modal.showModal();
      const popover = document.createElement('div');
      popover.popover = 'manual';
      popover.textContent = 'Hinweis der Seite';
      popover.style.cssText = 'position:fixed; inset:0; width:100vw; height:100vh; margin:0; background:rgb(0 0 0 / .3)';
      document.body.append(popover);
      popover.showPopover();
    });
    // What is under the launcher's middle is our host, above the page's modal and its full-screen popover.
    expect(await topmostAtLauncher(page)).toMatch(/^mitgestalten-/);

    // Mouse: the menu opens above the modal, and takes focus.
    await launcher(page).click();
    const menu = await dialog(page, de['menu.title']);
    await menu.waitFor();
    expect((await focusedElement(page)).inOverlay).toBe(true);
    expect(await axeOverlay(page, 'hostile page: menu above a page modal')).toEqual([]);
    // The whole flow works there: write, review, save.
    await menu.getByRole('button', { name: de['menu.wholePage'] }).click();
    const form = await dialog(page, de['form.title']);
    await fillForm(form, { problem: 'Der Hinweis zur Sitzung verdeckt das Formular.' });
    await form.getByRole('button', { name: de['form.next'] }).click();
    await (await dialog(page, de['review.title'])).getByRole('button', { name: de['review.save'] }).click();
    await announced(page, de['saved.announce'].split('.')[0]!);
    expect((await session.stored()).map((record) => record.suggestion.problem)).toEqual(['Der Hinweis zur Sitzung verdeckt das Formular.']);

    // Keyboard: Alt+Shift+V opens the menu over the modal; Escape gives focus back to the page's modal.
    await shortcutFromPageModalAndBack(page);
    expect(await own(page).getByRole('button', { name: de['launcher.open'] }).isVisible()).toBe(true);
    await page.close();
  });
});
