import { anchor } from '../lib/anchoring';
import type { FrictionPoint } from '../lib/model';

/**
 * The friction map on a live page: a marker at each place people struggle, found again through the
 * anchoring the overlay uses, sized by how many suggestions name it and coloured by who: claimants,
 * caseworkers, or both (each also says so in words, for screen readers and for colour-blind eyes). A click
 * opens the cluster on the board. Markers live in a shadow root of their own; the page's styles do not
 * reach them.
 */

const HOST = 'mitgestalten-friction-map';

const CSS = `
:host { all: initial; }
.map { position: absolute; inset-block-start: 0; inset-inline-start: 0; z-index: 2147483646; }
button { position: absolute; border-radius: 50%; border: 3px solid #fff; color: #fff; font: 700 14px/1 system-ui, sans-serif;
  cursor: pointer; box-shadow: 0 0 0 2px #1b1b1b, 0 2px 8px rgb(0 0 0 / 0.4); transform: translate(-50%, -50%); padding: 0; }
button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 3px; }
.claimants { background: #0b5394; }
.caseworkers { background: #8a4b00; border-style: dashed; }
.both { background: #5b2a86; border-style: double; border-width: 5px; }
`;

/** Marker diameter: grows with the logarithm of the count, so one busy field does not cover the form. */
const size = (count: number) => Math.round(28 + 8 * Math.log2(count));

function placeOf(point: FrictionPoint): DOMRect | undefined {
  const match = anchor(point.target);
  const rect = match?.range?.getBoundingClientRect() ?? match?.element?.getBoundingClientRect();
  return rect && (rect.width > 0 || rect.height > 0) ? rect : undefined;
}

/** Draw (or redraw) the markers; returns how many places were found on this page. */
export function drawFrictionMap(points: readonly FrictionPoint[], onOpen: (clusterId: string) => void): number {
  document.querySelector(HOST)?.remove();
  const host = document.createElement(HOST);
  // Open, as the overlay's own host: the markers show only counts, and tests and assistive tools reach them.
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];
  const map = document.createElement('div');
  map.className = 'map';
  map.setAttribute('role', 'region');
  map.setAttribute('aria-label', 'Mitgestalten');
  root.append(map);
  document.body.append(host);

  let found = 0;
  const layout = () => {
    map.replaceChildren();
    found = 0;
    for (const point of points) {
      const rect = placeOf(point);
      if (!rect) continue;
      found++;
      const marker = document.createElement('button');
      marker.type = 'button';
      marker.className = point.claimants > 0 && point.caseworkers > 0 ? 'both' : point.caseworkers > 0 ? 'caseworkers' : 'claimants';
      marker.textContent = String(point.count);
      marker.setAttribute('aria-label', point.label);
      const diameter = size(point.count);
      marker.style.inlineSize = marker.style.blockSize = `${diameter}px`;
      marker.style.left = `${rect.right + window.scrollX + diameter / 2 + 8}px`;
      marker.style.top = `${rect.top + window.scrollY + rect.height / 2}px`;
      marker.addEventListener('click', () => onOpen(point.clusterId));
      map.append(marker);
    }
  };
  layout();
  window.addEventListener('resize', layout);
  return found;
}
