import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA: what BITV 2.0 asks of us. */
export const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * What every run checks: WCAG 2.1 A/AA, and axe's best-practice rules too (heading order, landmarks,
 * nested interactive elements and the like). They cost nothing when they pass, and the overlay is
 * meant to be a model, not just compliant.
 */
export const AXE_TAGS = [...WCAG21_AA, 'best-practice'];

/** The shadow host of the overlay; axe follows open shadow roots below it. */
export const OVERLAY_HOST = 'mitgestalten-overlay';

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
async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.evaluate(AXE_SOURCE);
}

async function run(page: Page, context: unknown, state: string): Promise<AxeViolation[]> {
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

/** axe on our overlay only (WCAG 2.1 A/AA), in whatever state it is now. */
export function axeOverlay(page: Page, state: string): Promise<AxeViolation[]> {
  return run(page, { include: [[OVERLAY_HOST]] }, state);
}

/** axe on the host page itself, without our overlay, to compare with a browser without the extension. */
export function axeHostPage(page: Page, state: string): Promise<AxeViolation[]> {
  return run(page, { exclude: [[OVERLAY_HOST]] }, state);
}

/** axe on the whole document, our overlay included. */
export function axeDocument(page: Page, state: string): Promise<AxeViolation[]> {
  return run(page, { include: [['html']] }, state);
}
