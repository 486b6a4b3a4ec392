import type { CDPSession, Page } from 'playwright-core';

/*
 * The overlay's shadow root is closed: page scripts cannot reach into it, and neither can Playwright's
 * locators. Tests reach it the way the browser's own tools do, through the DevTools protocol, and act on it
 * as a person does: a real mouse click or tap at the element's place, real keys.
 */

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findHost(node: DomNode): DomNode | undefined {
  if (node.localName?.startsWith('mitgestalten-') && node.shadowRoots?.length) return node;
  for (const child of node.children ?? []) {
    const found = findHost(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * Run `fn` (a function, or its source) with the overlay's closed shadow root, in the page; undefined when there is
 * no overlay (yet). It runs as the DevTools protocol runs code, so the page's Content-Security-Policy allows it.
 */
export async function inOwnRoot<Arg, Result>(page: Page, fn: ((root: ShadowRoot, arg: Arg) => Result) | string, arg: Arg): Promise<Result | undefined> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = findHost(root);
  if (!host) return undefined;
  const { object } = await session.send('DOM.resolveNode', { nodeId: host.shadowRoots![0]!.nodeId });
  const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
    arguments: [{ value: arg }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(`In the overlay's shadow root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as Result;
}

export interface OwnQuery {
  css: string;
  /** The accessible name as a person hears it: aria-label, else the text. A RegExp is given as its source. */
  name?: string | { pattern: string; flags: string };
}

interface Found {
  box: { x: number; y: number; width: number; height: number };
  name: string;
  text: string;
  attributes: Record<string, string>;
  visible: boolean;
}

/**
 * In-page source: the elements of the shadow root matching a query by CSS and accessible name (aria-label,
 * else text; a string matches as a case-insensitive part, as Playwright's getByRole does). Source text,
 * not a function, so that the functions built on it run in the page under its strict CSP (no eval there).
 */
const SELECT = `(root, query) => {
  const squash = (text) => (text ?? '').replace(/\\s+/g, ' ').trim();
  const nameOf = (element) => squash(element.getAttribute('aria-label')) || squash(element.textContent);
  const matches = (name) =>
    query.name === undefined ? true
    : typeof query.name === 'string' ? name.toLowerCase().includes(query.name.toLowerCase())
    : new RegExp(query.name.pattern, query.name.flags).test(name);
  return [...root.querySelectorAll(query.css)].filter((element) => matches(nameOf(element))).map((element) => ({ element, name: nameOf(element) }));
}`;

/** Every element of the overlay's page side matching `query`, described; `action` is done to the first. */
function findAll(page: Page, query: OwnQuery, action: 'describe' | 'scroll' | 'focus' = 'describe'): Promise<Found[]> {
  return inOwnRoot<{ query: OwnQuery; action: string }, Found[]>(
    page,
    `(root, { query, action }) => {
      const found = (${SELECT})(root, query);
      // Only what lies outside the window is scrolled to (scrolling makes the launcher look for a free corner again).
      if (action === 'scroll' && found[0]) {
        const rect = found[0].element.getBoundingClientRect();
        if (rect.top < 0 || rect.bottom > innerHeight || rect.left < 0 || rect.right > innerWidth) found[0].element.scrollIntoView({ block: 'center' });
      }
      if (action === 'focus') found[0]?.element.focus();
      return found.map(({ element, name }) => {
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return {
          box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
          name,
          text: element.textContent ?? '',
          attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
          visible: rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && style.display !== 'none',
        };
      });
    }`,
    { query, action },
  ).then((found) => found ?? []);
}

/**
 * An element of the overlay's page side (launcher, its tools, markers, pointing banner), found by CSS and
 * accessible name. The few things tests do with such an element, each as a person would.
 */
export class OwnLocator {
  constructor(
    private readonly page: Page,
    private readonly query: OwnQuery,
  ) {}

  /** Acting on a locator acts on its first match already; this reads like Playwright's. */
  first(): OwnLocator {
    return this;
  }

  /** Run `fn` on the first matching element, inside the page (styles, sizes): as `Locator.evaluate`. */
  async evaluate<Result, Arg = undefined>(fn: (element: HTMLElement, arg: Arg) => Result, arg?: Arg): Promise<Result> {
    await this.firstAttached();
    const source = `(root, { query, arg }) => (${fn.toString()})((${SELECT})(root, query)[0].element, arg)`;
    return (await inOwnRoot(this.page, source, { query: this.query, arg })) as Result;
  }

  async count(): Promise<number> {
    return (await findAll(this.page, this.query)).length;
  }

  private async firstVisible(): Promise<Found> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const [found] = (await findAll(this.page, this.query)).filter((element) => element.visible);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`Not in the overlay: ${JSON.stringify(this.query)}`);
      await this.page.waitForTimeout(50);
    }
  }

  /** Wait until it is shown (`visible`, the default) or gone (`detached`/`hidden`). */
  async waitFor({ state = 'visible', timeout = 15_000 }: { state?: 'visible' | 'attached' | 'detached' | 'hidden'; timeout?: number } = {}): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = await findAll(this.page, this.query);
      const done =
        state === 'visible' ? found.some((element) => element.visible)
        : state === 'attached' ? found.length > 0
        : state === 'detached' ? found.length === 0
        : !found.some((element) => element.visible);
      if (done) return;
      if (Date.now() > deadline) throw new Error(`Overlay element not ${state}: ${JSON.stringify(this.query)}`);
      await this.page.waitForTimeout(50);
    }
  }

  /**
   * Where a person would press it, once it stands still and nothing covers it (as Playwright's own actions
   * wait): the launcher may move to a free corner a moment after the page scrolled or resized.
   */
  private async center(): Promise<{ x: number; y: number }> {
    await this.firstVisible();
    await findAll(this.page, this.query, 'scroll');
    const deadline = Date.now() + 15_000;
    for (;;) {
      const before = (await this.firstVisible()).box;
      await this.page.waitForTimeout(200);
      const { box } = await this.firstVisible();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const still = box.x === before.x && box.y === before.y && box.width === before.width && box.height === before.height;
      const ours = await this.page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName.startsWith('mitgestalten-') ?? false, { x, y });
      if (still && ours) return { x, y };
      if (Date.now() > deadline) throw new Error(`Overlay element does not stand still or is covered: ${JSON.stringify(this.query)}`);
    }
  }

  async click(): Promise<void> {
    const { x, y } = await this.center();
    await this.page.mouse.move(x, y);
    await this.page.mouse.click(x, y);
  }

  async tap(): Promise<void> {
    const { x, y } = await this.center();
    await this.page.touchscreen.tap(x, y);
  }

  async hover(): Promise<void> {
    const { x, y } = await this.center();
    await this.page.mouse.move(x, y);
  }

  /** Keyboard focus, as after tabbing to it. */
  async focus(): Promise<void> {
    await this.firstVisible();
    await findAll(this.page, this.query, 'focus');
  }

  async boundingBox(): Promise<Found['box'] | null> {
    const [found] = await findAll(this.page, this.query);
    return found?.visible ? found.box : null;
  }

  /** The first match, shown or not (a root may have no box of its own). */
  private async firstAttached(): Promise<Found> {
    await this.waitFor({ state: 'attached' });
    return (await findAll(this.page, this.query))[0]!;
  }

  async getAttribute(name: string): Promise<string | null> {
    return (await this.firstAttached()).attributes[name] ?? null;
  }

  async textContent(): Promise<string> {
    return (await this.firstAttached()).text;
  }

  async accessibleName(): Promise<string> {
    return (await this.firstVisible()).name;
  }

  async isVisible(): Promise<boolean> {
    return (await findAll(this.page, this.query)).some((element) => element.visible);
  }
}

const ROLE_SELECTORS: Record<string, string> = { button: 'button, [role="button"]', region: '[role="region"]', status: '[role="status"]' };

/** The overlay's page side, searched like Playwright's `getByRole` and `locator`. */
export function own(page: Page) {
  return {
    getByRole(role: keyof typeof ROLE_SELECTORS, { name }: { name?: string | RegExp } = {}): OwnLocator {
      return new OwnLocator(page, { css: ROLE_SELECTORS[role]!, ...(name === undefined ? {} : { name: typeof name === 'string' ? name : { pattern: name.source, flags: name.flags } }) });
    },
    locator(css: string): OwnLocator {
      return new OwnLocator(page, { css });
    },
  };
}

/** What tests inspect of an element, on the page side (OwnLocator) or in the panels (a Playwright Locator). */
export interface Inspectable {
  evaluate<Result, Arg>(fn: (element: HTMLElement, arg: Arg) => Result, arg: Arg): Promise<Result>;
  evaluate<Result>(fn: (element: HTMLElement) => Result): Promise<Result>;
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null>;
}
