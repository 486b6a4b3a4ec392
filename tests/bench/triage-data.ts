import type { Batch, Suggestion } from '../../lib/model';
import { makeSuggestion } from '../fixtures/make-suggestion';
import { seededRandom } from './seeded-random';

/**
 * 100,000 suggestions in 200 batch files, built deterministically, shaped like a busy Jobcenter's
 * backlog: 5 services × 8 steps × 8 fields; about ten distinct complaints per field, which people repeat
 * in their own words (a word changed, dropped or added, other numbers, other capitals); one in fifty
 * repeats a complaint made on another field; one in five says something nobody else says. Words come
 * from a vocabulary of 4,000, the common ones far more often.
 */

const SYLLABLES = 'an trag mie te kos ten nach weis fri st ver mie ter ein kom men be scheid zah lung hei zung kon to aus zug ar beit ge ber un ter la ge form blatt feld sei te schritt frage hil fe'.split(' ');
const SERVICES = ['HA', 'WBA', 'VÄM', 'EKS', 'KdU'];

export interface TriageData {
  files: string[];
  total: number;
}

export function makeTriageData(files = 200, perFile = 500): TriageData {
  const next = seededRandom(14);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  // A language's vocabulary: a few thousand words, some far more common than others.
  const vocabulary = Array.from({ length: 4000 }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(SYLLABLES)).join(''));
  const word = () => vocabulary[Math.floor(vocabulary.length * next() ** 2)]!;
  const sentence = () => Array.from({ length: 12 + Math.floor(next() * 14) }, word);
  const targets = SERVICES.flatMap((service) =>
    Array.from({ length: 8 }, (_, step) =>
      Array.from({ length: 8 }, (_, field) => ({ service, step: `Schritt ${step + 1}`, label: `Feld ${field + 1}: ${word()}`, complaints: Array.from({ length: 10 }, sentence) })),
    ).flat(),
  );
  const retell = (words: string[]) => {
    const copy = [...words];
    const changes = Math.floor(next() * 3);
    for (let i = 0; i < changes; i++) {
      const at = Math.floor(next() * copy.length);
      const what = next();
      if (what < 0.4) copy[at] = word();
      else if (what < 0.7) copy.splice(at, 1);
      else copy.splice(at, 0, word());
    }
    const text = copy.join(' ');
    return next() < 0.3 ? text.toUpperCase() : `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const suggestion = (): Suggestion => {
    // Busy fields get more: a skewed choice among the 320 fields.
    const target = targets[Math.floor(targets.length * next() ** 2)]!;
    const roll = next();
    const problem = roll < 0.2 ? sentence().join(' ') : roll < 0.22 ? retell(pick(pick(targets).complaints)) : retell(pick(target.complaints));
    return makeSuggestion({
      authorRole: next() < 0.6 ? 'claimant' : 'caseworker',
      page: { url: `https://jobcenter-musterstadt.example/${target.service.toLowerCase()}/${target.step.replace(' ', '-')}`, title: target.service, service: target.service, step: target.step },
      target: { kind: 'field', label: target.label, selectors: [{ type: 'FieldSelector', label: target.label, legends: [], controlType: 'text' }] },
      problem,
    });
  };
  const batches = Array.from({ length: files }, (): Batch => ({
    batchId: crypto.randomUUID(),
    schemaVersion: 1,
    createdAt: '2026-11-20T10:00:00.000Z',
    source: { kind: 'extension', version: '0.1.0', site: 'https://jobcenter-musterstadt.example' },
    suggestions: Array.from({ length: perFile }, suggestion),
  }));
  return { files: batches.map((batch) => JSON.stringify(batch)), total: files * perFile };
}
