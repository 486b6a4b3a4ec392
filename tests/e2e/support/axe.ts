import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { inOwnRoot } from './own-root';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA: what BITV 2.0 asks of us. */
export const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * What every run checks: WCAG 2.1 A/AA, and axe's best-practice rules too (heading order, landmarks,
 * nested interactive elements and the like). They cost nothing when they pass, and the overlay is
 * meant to be a model, not just compliant.
 */
export const AXE_TAGS = [...WCAG21_AA, 'best-practice'];

/**
 * axe follows open shadow roots only, and the overlay's is closed to the page. The test mirrors the closed
 * root's content (markup and adopted styles) into an open root at the same place and checks that.
 */
const MIRROR = 'mitgestalten-axe-mirror';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** One entry per failing node: its selector path (through shadow roots) and axe's explanation. */
  nodes: Array<{ target: unknown; summary: string }>;
}

const RUN_LOG = join(process.cwd(), 'test-results', 'axe-runs.jsonl');

/**
 * Put axe-core into the page. `page.evaluate` goes through the DevTools protocol, which the page's
 * Content-Security-Policy does not govern, so this works on the demo pages with their strict CSP.
 */
async function injectAxe(page: Page | Frame): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.evaluate(AXE_SOURCE);
}

async function run(page: Page | Frame, context: unknown, state: string): Promise<AxeViolation[]> {
  await injectAxe(page);
  const violations = await page.evaluate(
    async ({ context, tags }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        nodes: nodes.map((node) => ({ target: (node as unknown as { target: unknown }).target, summary: (node as unknown as { failureSummary: string }).failureSummary })),
      }));
    },
    { context, tags: AXE_TAGS },
  );
  // One line per run, so a person can see how many states were checked and with what result.
  mkdirSync(dirname(RUN_LOG), { recursive: true });
  appendFileSync(RUN_LOG, `${JSON.stringify({ url: page.url(), state, violations: violations.map((violation) => violation.id) })}\n`);
  return violations;
}

/**
 * axe on our overlay only (WCAG 2.1 A/AA), in whatever state it is now: its page side (launcher, markers,
 * pointing banner, mirrored from the closed root) and, while a panel shows, the panels' frame.
 */
export async function axeOverlay(page: Page, state: string): Promise<AxeViolation[]> {
  await inOwnRoot(
    page,
    (root, mirrorName) => {
      const mirror = document.createElement(mirrorName);
      mirror.style.cssText = (root.host as HTMLElement).style.cssText;
      const open = mirror.attachShadow({ mode: 'open' });
      open.adoptedStyleSheets = root.adoptedStyleSheets;
      for (const child of root.children) {
        const copy = child.cloneNode(true) as Element;
        copy.querySelectorAll('iframe').forEach((frame) => frame.remove());
        open.append(copy);
      }
      document.documentElement.append(mirror);
    },
    MIRROR,
  );
  try {
    const violations = await run(page, { include: [[MIRROR]] }, `${state} (page side)`);
    const frame = page.frames().find((candidate) => candidate.url().includes('/panels.html'));
    const panelShows = frame ? await frame.locator('.mg-panel').count() : 0;
    return panelShows > 0 ? [...violations, ...(await run(frame!, { include: [['html']] }, `${state} (panels)`))] : violations;
  } finally {
    await page.evaluate((name) => document.querySelector(name)?.remove(), MIRROR);
  }
}

/** axe on the whole document, our overlay included. */
export function axeDocument(page: Page, state: string): Promise<AxeViolation[]> {
  return run(page, { include: [['html']] }, state);
}
