import { computed, signal } from '@preact/signals';
import type { DeviceService } from '../lib/device';
import type { PageInfo, StoredSuggestion } from '../lib/model';
import type { ListedTarget, PageSnapshot, PanelsEnd, ToPanels } from './link';

/**
 * The page as the panels know it: what the page agent reports (address, step, the field the person was in,
 * this page's suggestions and whether each was found), and every page's suggestions, which only the panels
 * ever ask the device for.
 */
export function createPageView(link: PanelsEnd, device: Pick<DeviceService, 'listAll'>) {
  const snapshot = signal<PageSnapshot | null>(null);
  const everywhere = signal<StoredSuggestion[]>([]);
  const targets = signal<ListedTarget[]>([]);
  let arrived: () => void;
  const firstSnapshot = new Promise<void>((resolve) => (arrived = resolve));
  let pageDescribed: () => void;
  const described = new Promise<void>((resolve) => (pageDescribed = resolve));
  let targetsWanted: ((targets: ListedTarget[]) => void) | undefined;

  return {
    snapshot,
    onPage: computed(() => snapshot.value?.suggestions ?? []),
    /** How many suggestions this page has; null until the agent has them from the device. */
    pageCount: computed(() => snapshot.value?.suggestions?.length ?? null),
    focusedLabel: computed(() => snapshot.value?.focusedLabel ?? null),
    everywhere,
    targets,
    /** Resolves once the agent has described the page with its suggestions: nothing about this page is known before. */
    arrived: firstSnapshot,
    /** Resolves once the page as it will be recorded is known (`current` answers). */
    described,
    /** The page as it will be recorded with a suggestion. */
    current(): PageInfo {
      const known = snapshot.peek()?.page;
      if (!known) throw new Error('The page has not been described yet');
      return known;
    },
    async loadEverywhere() {
      everywhere.value = await device.listAll();
    },
    /** The page's fields and sections by their labels, for choosing one from a list. */
    listTargets(): Promise<ListedTarget[]> {
      const answer = new Promise<ListedTarget[]>((resolve) => (targetsWanted = resolve));
      link.send({ type: 'list-targets' });
      return answer;
    },
    /** Ask the agent to count and mark this page's suggestions anew (after a save, an edit, a withdrawal). */
    reload: () => link.send({ type: 'reload' }),
    receive(message: ToPanels) {
      if (message.type === 'snapshot') {
        snapshot.value = message.snapshot;
        if (message.snapshot.page) pageDescribed();
        if (message.snapshot.page && message.snapshot.suggestions) arrived();
      } else if (message.type === 'targets') {
        targets.value = message.targets;
        targetsWanted?.(message.targets);
        targetsWanted = undefined;
      }
    },
  };
}

export type PageView = ReturnType<typeof createPageView>;
