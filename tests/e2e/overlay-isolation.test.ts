import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../../lib/i18n/messages/de';
import type { StoredSuggestion } from '../../lib/model';
import { launchBrowser } from './support/browser';
import { readExtensionStore } from './support/extension-db';
import { panels, announced, dialog, dialogIfAny, fillForm, launcher, own, type Inspectable } from './support/overlay';
import { screenshot } from './support/screenshots';
import { extensionSession } from './support/session';

/**
 * A page at war with everyone: resets everything, huge type, `!important` everywhere, every element
 * at the highest z-index, and class names that happen to be ours. Served as a stylesheet of the demo
 * origin (the demo CSP allows only 'self'), so the content script runs on it as on any portal.
 */
const HOSTILE_CSS = `
* { all: unset !important; }
* { position: relative !important; z-index: 2147483647 !important; font: 700 42px/3 "Courier New", monospace !important;
    color: #c00 !important; letter-spacing: 4px !important; box-sizing: content-box !important; cursor: crosshair !important; }
html { font-size: 300% !important; background: #ffe !important; }
div, section, p, ul, ol, li, form, fieldset, legend, header, footer, main, nav, h1, h2, h3, label { display: block !important;
    padding: 24px !important; margin: 24px !important; border: 6px dashed #0a0 !important; }
body * { opacity: .92 !important; transform: rotate(.3deg) !important; filter: saturate(3) !important; }
button, input, select, textarea { display: inline-block !important; min-height: 120px !important; background: #0ff !important; }
[role="dialog"], button { box-shadow: 0 0 0 40px magenta !important; }
:focus, :focus-visible { outline: none !important; }
.mg-root, .mg-dock, .mg-launcher, .mg-panel, .mg-button, .mg-marker { display: none !important; }
`;

/** Computed styles a person would notice if they changed. */
const PROPERTIES = [
  'display', 'position', 'z-index', 'font-family', 'font-size', 'font-weight', 'line-height', 'letter-spacing', 'color',
  'background-color', 'border-top-width', 'border-top-style', 'border-top-color', 'border-radius', 'padding-top', 'padding-left',
  'margin-top', 'width', 'height', 'min-height', 'opacity', 'transform', 'filter', 'box-shadow', 'cursor', 'text-decoration-line',
  'visibility', 'pointer-events', 'box-sizing',
];

const session = extensionSession({ locale: 'de-DE', viewport: { width: 1280, height: 720 } });

/** wba.html with the hostile stylesheet added, at its own address on the demo origin. */
async function hostilePage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.route(`${session.site.url}/assets/hostile.css`, (route) => route.fulfill({ contentType: 'text/css', body: HOSTILE_CSS }));
  await page.route(`${session.site.url}/wba.html`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</head>', '<link rel="stylesheet" href="/assets/hostile.css"></head>');
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${session.site.url}/wba.html`);
  return page;
}

async function normalPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${session.site.url}/wba.html`);
  return page;
}

function stylesOf(locator: Inspectable): Promise<Record<string, string>> {
  return locator.evaluate((element, properties) => {
    const style = getComputedStyle(element);
    return Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]));
  }, PROPERTIES);
}

async function boxOf(locator: Inspectable) {
  const box = (await locator.boundingBox())!;
  return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
}

/** The parts of the overlay a person sees in the menu and the form, their styles and where they are. */
async function lookOfOverlay(page: Page, name: string) {
  const parts: Record<string, unknown> = {};
  const record = async (part: string, locator: Inspectable) => {
    parts[part] = { style: await stylesOf(locator), box: await boxOf(locator) };
  };
  await record('launcher', launcher(page));
  await record('dock', own(page).locator('.mg-dock'));
  await screenshot(page, 'overlay-isolation', `${name}-closed`);
  await launcher(page).click();
  const menu = await dialog(page, de['menu.title']);
  await record('menu', menu);
  await record('menu heading', menu.getByRole('heading', { name: de['menu.title'] }));
  await record('menu first button', menu.getByRole('button', { name: de['menu.pick'] }));
  await record('language select', menu.getByLabel(de['menu.language']));
  await screenshot(page, 'overlay-isolation', `${name}-menu`);
  await menu.getByRole('button', { name: de['menu.wholePage'] }).click();
  const form = await dialog(page, de['form.title']);
  await record('form', form);
  await record('problem field', form.getByLabel(de['form.problem']));
  await record('next button', form.getByRole('button', { name: de['form.next'] }));
  await screenshot(page, 'overlay-isolation', `${name}-form`);
  await form.getByRole('button', { name: de['form.cancel'] }).click();
  await (await dialogIfAny(page, de['form.title'])).waitFor({ state: 'detached' });
  return parts;
}

/** Every page element's full computed style, in document order, for a before/after comparison. */
function pageStyles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('html, html *')]
      .filter((element) => !element.localName.startsWith('mitgestalten-'))
      .map((element) => {
        const style = getComputedStyle(element);
        const entries: string[] = [];
        for (let index = 0; index < style.length; index++) {
          const property = style.item(index);
          entries.push(`${property}:${style.getPropertyValue(property)}`);
        }
        // Sorted: the order in which the browser lists properties is nothing a person sees.
        return `${element.tagName} ${element.id} ${entries.sort().join(';')}`;
      }),
  );
}

/** The elements whose style differs, each with the properties that differ: short enough to read. */
function differences(actual: string[], expected: string[]): string[] {
  if (actual.length !== expected.length) return [`${actual.length} elements instead of ${expected.length}`];
  return actual.flatMap((line, index) => {
    if (line === expected[index]) return [];
    const wanted = new Set(expected[index]!.split(';'));
    const got = new Set(line.split(';'));
    const changed = [...got].filter((entry) => !wanted.has(entry)).map((entry) => `+${entry}`);
    const lost = [...wanted].filter((entry) => !got.has(entry)).map((entry) => `-${entry}`);
    return [`${line.split(' ').slice(0, 2).join(' ')}: ${[...changed, ...lost].join('; ')}`];
  });
}

describe('the overlay on a page with hostile CSS', () => {
  it('looks the same as on a normal page: same styles, same size, same place', async () => {
    const normal = await normalPage(session.browser.context);
    await launcher(normal).waitFor();
    const expected = await lookOfOverlay(normal, 'normal');
    await normal.close();

    const hostile = await hostilePage(session.browser.context);
    await launcher(hostile).waitFor();
    // The hostile rules really apply to the page itself.
    expect(await hostile.locator('h1').evaluate((h1) => getComputedStyle(h1).fontSize)).toBe('42px');
    const actual = await lookOfOverlay(hostile, 'hostile');
    expect(actual).toEqual(expected);
    await hostile.close();
  });

  it('stays on top of a page whose every element claims the highest z-index, and the flow works', async () => {
    const page = await hostilePage(session.browser.context);
    await launcher(page).waitFor();
    // What is under the launcher's middle is the launcher, not the page.
    const box = (await launcher(page).boundingBox())!;
    const topmost = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName.toLowerCase(), { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(topmost).toMatch(/^mitgestalten-/);

    await launcher(page).click();
    await (await panels(page)).getByRole('button', { name: de['menu.pick'] }).click();
    await page.locator('#wba-iban').click();
    const form = await dialog(page, de['form.title']);
    expect(await form.textContent()).toContain('Feld: IBAN');
    await fillForm(form, { problem: 'Auf dieser Seite ist alles riesig.' });
    await form.getByRole('button', { name: de['form.next'] }).click();
    await (await dialog(page, de['review.title'])).getByRole('button', { name: de['review.save'] }).click();
    await announced(page, de['saved.announce'].split('.')[0]!);
    const marker = own(page).getByRole('button', { name: /^Vorschlag 1: Feld: IBAN/ });
    await marker.click();
    await (await dialog(page, de['list.title'])).getByText('Auf dieser Seite ist alles riesig.').waitFor();
    await screenshot(page, 'overlay-isolation', 'hostile-list');
    const records = (await readExtensionStore(session.browser.context, 'suggestions')) as StoredSuggestion[];
    expect(records.map((record) => record.suggestion.problem)).toEqual(['Auf dieser Seite ist alles riesig.']);
    await page.close();
  });
});

describe('the page with the overlay', () => {
  it('keeps every element’s computed style, open or closed, as in a browser without the extension', async () => {
    const plain = await launchBrowser();
    try {
      const context = await plain.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 720 } });
      for (const open of [normalPage, hostilePage]) {
        const without = await open(context);
        const expected = await pageStyles(without);
        await without.close();

        const withExtension = await open(session.browser.context);
        await launcher(withExtension).waitFor();
        expect(differences(await pageStyles(withExtension), expected), 'closed').toEqual([]);
        // Open, too: the overlay's styles live in its shadow root, none in the document.
        await launcher(withExtension).click();
        await (await dialog(withExtension, de['menu.title'])).waitFor();
        expect(differences(await pageStyles(withExtension), expected), 'open').toEqual([]);
        expect(await withExtension.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
        await withExtension.close();
      }
    } finally {
      await plain.close();
    }
  });
});
