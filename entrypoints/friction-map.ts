import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { drawFrictionMap } from '../board/friction-map';
import { FRICTION_GLOBAL, FrictionPoint, parseWith, type OpenClusterMessage } from '../lib/model';

// The friction map, injected by the triage page into the tab of the form it opened. A marker's click asks
// the board to open the cluster. The points are parsed here: they cross from the board into the page's frame.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[FRICTION_GLOBAL] = (points: unknown) =>
    drawFrictionMap(
      (Array.isArray(points) ? points : []).map((point) => parseWith(FrictionPoint, point, 'friction point')),
      (clusterId) => void browser.runtime.sendMessage({ kind: 'mitgestalten.triage.open-cluster', clusterId } satisfies OpenClusterMessage).catch(() => undefined),
    );
});
