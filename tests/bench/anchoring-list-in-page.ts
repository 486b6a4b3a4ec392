// Runs inside Chromium (bundled by anchoring-list.bench.ts): the list of fields, the keyboard and
// screen-reader way to choose a target, on generated forms of growing size. Ours describes all entries
// on one page index; the baseline is how the list worked before, one fresh page index per entry.
import { describe } from '../../lib/anchoring';
import { listPageTargets } from '../../overlay/page-targets';
import { generateFieldForm } from './anchoring-page';

export interface ListFigures {
  fields: number;
  entries: number;
  oursMs: number;
  baselineMs: number;
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const notOwn = () => false;

export function runListBench(sizes: number[]): ListFigures[] {
  return sizes.map((fields) => {
    document.body.innerHTML = generateFieldForm(fields);
    if (document.querySelectorAll('input, select').length !== fields) throw new Error(`Formular mit ${fields} Feldern falsch erzeugt`);
    // Warm-up, so that the first size does not pay for compiling the code.
    for (let run = 0; run < 3; run++) listPageTargets(document, notOwn);
    const oursMs = median(Array.from({ length: 7 }, () => timed(() => listPageTargets(document, notOwn))));
    const listed = listPageTargets(document, notOwn).map(({ element }) => element);
    // One run: it takes seconds. Only the descriptions are timed, not the choice of elements.
    const baselineMs = timed(() => listed.map((element) => describe(element, document)));
    return { fields, entries: listed.length, oursMs, baselineMs };
  });
}
