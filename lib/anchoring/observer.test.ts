// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationTarget } from '../model';
import { describe as describeTarget } from './describe';
import { observeAnchors, type AnchorReport } from './observer';

const STEP_WOHNEN = '<section class="step"><h2>Wohnen</h2><label for="miete">Kaltmiete</label><input id="miete"></section>';
const STEP_EINKOMMEN = '<section class="step"><h2>Einkommen</h2><label for="lohn">Betrag</label><input id="lohn"></section>';

/** Let happy-dom deliver mutation records (they arrive asynchronously), then let the debounce pass. */
async function settle(ms = 200): Promise<void> {
  await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
  await vi.advanceTimersByTimeAsync(ms);
}

describe('observeAnchors', () => {
  let reports: Array<AnchorReport<string>>;
  let targets: Map<string, AnnotationTarget>;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = `<main id="app">${STEP_WOHNEN}</main>`;
    reports = [];
    targets = new Map([['miete', describeTarget(document.getElementById('miete')!)]]);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('anchors at once, then reports a target as orphaned when a single-page step switches, and found when it comes back', async () => {
    const observer = observeAnchors(targets, { root: document, onChange: (report) => reports.push(report), debounceMs: 100 });
    expect(reports).toHaveLength(1);
    expect(reports[0]!.found).toEqual(['miete']);
    expect(reports[0]!.matches.get('miete')?.element?.id).toBe('miete');

    document.getElementById('app')!.innerHTML = STEP_EINKOMMEN;
    await settle();
    expect(reports.at(-1)).toMatchObject({ orphaned: ['miete'], found: [] });

    document.getElementById('app')!.innerHTML = STEP_WOHNEN;
    await settle();
    expect(reports.at(-1)).toMatchObject({ orphaned: [], found: ['miete'] });
    // The re-rendered step has a new element: the match follows it.
    expect(reports.at(-1)!.matches.get('miete')?.element).toBe(document.getElementById('miete'));
    observer.disconnect();
  });

  it('waits until the page is quiet: many changes in a row give one round', async () => {
    const observer = observeAnchors(targets, { root: document, onChange: (report) => reports.push(report), debounceMs: 100 });
    for (let i = 0; i < 5; i++) {
      document.getElementById('app')!.append(document.createElement('p'));
      await settle(50);
    }
    expect(reports).toHaveLength(1);
    await settle(100);
    expect(reports).toHaveLength(2);
    observer.disconnect();
  });

  it('re-anchors a page that never stops changing at least once per longest wait', async () => {
    const observer = observeAnchors(targets, { root: document, onChange: (report) => reports.push(report), debounceMs: 100, maxWaitMs: 500 });
    const clock = document.createElement('p');
    document.getElementById('app')!.append(clock);
    // A live clock: a change every 50 ms, for two seconds. Waiting for quiet alone would never anchor.
    for (let tick = 0; tick < 40; tick++) {
      clock.textContent = `12:00:${String(tick).padStart(2, '0')}`;
      await settle(50);
    }
    expect(reports.length - 1).toBeGreaterThanOrEqual(3);
    expect(reports.length - 1).toBeLessThanOrEqual(5);
    observer.disconnect();
  });

  it('ignores changes inside our own overlay and stops after disconnect', async () => {
    const overlay = document.createElement('div');
    document.body.append(overlay);
    const observer = observeAnchors(targets, { root: document, onChange: (report) => reports.push(report), ignore: (node) => overlay.contains(node) });
    overlay.append(document.createElement('span'));
    await settle();
    expect(reports).toHaveLength(1);
    observer.disconnect();
    document.getElementById('app')!.innerHTML = STEP_EINKOMMEN;
    await settle();
    expect(reports).toHaveLength(1);
  });

  it('anchors targets added later in the next round', async () => {
    document.getElementById('app')!.insertAdjacentHTML('beforeend', STEP_EINKOMMEN);
    const observer = observeAnchors(targets, { root: document, onChange: (report) => reports.push(report) });
    observer.set('lohn', describeTarget(document.getElementById('lohn')!));
    await settle();
    expect(reports.at(-1)!.found).toEqual(['lohn']);
    expect(observer.refresh().matches.size).toBe(2);
    observer.disconnect();
  });
});
