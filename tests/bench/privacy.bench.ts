// Throughput of the privacy filter on 10,000 suggestions of typical length, built deterministically
// from the corpora in tests/fixtures/privacy, against a naive baseline run in the same process: one
// regex per kind, applied one after the other with String.replace — no check digits, no labels or
// context, no overlap handling. The corpus rows show what the extra work buys: recall per language and
// per kind on the second corpus (issue 10, both batches) and traps left unchanged. The last row is the
// size of the chunk the review loads (the whole filter with its name lists), built as the extension
// builds it (esbuild, minified, UTF-8), gzipped; the target is at most 40 KB.
import ar from '../fixtures/privacy/corpus-ar.json';
import de from '../fixtures/privacy/corpus-de.json';
import en from '../fixtures/privacy/corpus-en.json';
import fa from '../fixtures/privacy/corpus-fa.json';
import ru from '../fixtures/privacy/corpus-ru.json';
import tr from '../fixtures/privacy/corpus-tr.json';
import uk from '../fixtures/privacy/corpus-uk.json';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { redact, scrubUrl, sensitiveTopics } from '../../lib/privacy';
import type { Language } from '../../lib/model';
import { figureTable, rate, readCorpus } from '../fixtures/privacy/v2/corpus';
import { medianMs, type Benchmark } from './harness';
import { seededRandom } from './seeded-random';

interface CorpusText {
  text: string;
  expect: Array<{ kind: string; text: string }>;
}

const firstCorpus: CorpusText[] = [...de, ...uk, ...ar, ...tr, ...ru, ...fa, ...en];
const secondCorpus = { first: readCorpus('first'), contact: readCorpus('contact') };
/** Suggestions are drawn from both corpora, so the texts people really write are in the measured mix. */
const corpus: CorpusText[] = [
  ...firstCorpus,
  ...[...secondCorpus.first, ...secondCorpus.contact].map((entry) => ({ text: entry.text, expect: entry.expect.map((span) => ({ kind: span.kind, text: entry.text.slice(span.start, span.end) })) })),
];

/**
 * A suggestion is two or three corpus texts (what is wrong, where, what would be better: about 250
 * characters, a typical length); the digits inside the personal data are redrawn, so no two
 * suggestions carry the same identifier.
 */
function suggestions(count: number): string[] {
  const next = seededRandom(2024);
  const pick = () => corpus[Math.floor(next() * corpus.length)]!;
  const vary = (entry: CorpusText) =>
    entry.expect.reduce((text, { text: personal }) => text.replace(personal, personal.replace(/\d/g, () => String(Math.floor(next() * 10)))), entry.text);
  return Array.from({ length: count }, () => {
    const parts = next() < 0.5 ? 2 : 3;
    return Array.from({ length: parts }, () => vary(pick())).join('\n\n');
  });
}

const NAIVE: ReadonlyArray<[RegExp, string]> = [
  [/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b/g, '[IBAN entfernt]'],
  [/\b\d{5} ?BG ?\d{7}\b/g, '[BG-Nummer entfernt]'],
  [/\b\d{3}[A-Z]\d{6}\b/g, '[Kundennummer entfernt]'],
  [/\b\d{2} ?\d{6} ?[A-Z] ?\d{3}\b/g, '[Rentenversicherungsnummer entfernt]'],
  [/\b\d{11}\b/g, '[Steuer-ID entfernt]'],
  [/\b[A-Z]\d{9}\b/g, '[Krankenversichertennummer entfernt]'],
  [/\b[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\b/g, '[Ausweisnummer entfernt]'],
  [/[\w.+-]+@[\w-]+\.[\w.]+/g, '[E-Mail-Adresse entfernt]'],
  [/(?:\+|\b0)\d[\d /-]{5,}\d/g, '[Telefonnummer entfernt]'],
  [/[A-ZÄÖÜ][a-zäöüß-]+(?:straße|str\.|weg|allee|platz|ring|gasse) \d+[a-z]?/g, '[Adresse entfernt]'],
  [/\b\d{5} [A-ZÄÖÜ][a-zäöüß]+/g, '[Adresse entfernt]'],
  [/(?:geb\.|geboren|Geburtsdatum:?) (?:am )?\d{1,2}\.\d{1,2}\.\d{2,4}/g, '[Geburtsdatum entfernt]'],
  [/(?:Herrn?|Frau) [A-ZÄÖÜ][a-zäöüß]+/g, '[Name entfernt]'],
  [/\b[SL] \d+ [A-Z]{1,3} \d+\/\d{2}\b/g, '[Aktenzeichen entfernt]'],
];

function naiveRedact(text: string): string {
  return NAIVE.reduce((out, [pattern, placeholder]) => out.replace(pattern, placeholder), text);
}

/** Expected personal data gone from the output, and texts without any left exactly as they were. */
function quality(redactText: (text: string) => string): { recall: number; unchanged: number } {
  let expected = 0;
  let gone = 0;
  let negatives = 0;
  let unchanged = 0;
  for (const entry of corpus) {
    const out = redactText(entry.text);
    if (entry.expect.length === 0) {
      negatives++;
      if (out === entry.text) unchanged++;
    }
    for (const { text } of entry.expect) {
      expected++;
      if (!out.includes(text)) gone++;
    }
  }
  return { recall: gone / expected, unchanged: unchanged / negatives };
}

function pageUrls(count: number): string[] {
  const next = seededRandom(7);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');
  const templates = [
    () => `https://jobcenter-${digits(2)}.example/antrag/wba/schritt-${digits(1)}?kdnr=${digits(3)}A${digits(6)}#hilfe`,
    () => `https://www.jobcenter.digital/vorgang/${digits(8)}-${digits(4)}-${digits(4)}-${digits(4)}-${digits(12)}/upload`,
    () => `https://portal.example/kunde/${digits(3)}B${digits(6)}/nachrichten/${digits(7)}`,
    () => `https://jobcenter.example/news/2024/${digits(2)}/weiterbewilligungsantrag-online-stellen/`,
  ];
  return Array.from({ length: count }, () => templates[Math.floor(next() * templates.length)]!());
}

/**
 * A module as the extension bundles it (minified, UTF-8), gzipped, and whether the name lists are in it:
 * the review's chunk (lib/privacy) must stay under 40 KB with them; what runs on page load
 * (describePage, with scrubUrl) must not hold them.
 */
async function chunk(module: string): Promise<{ bytes: number; names: boolean }> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(module, import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(Object.values(result.metafile.outputs)[0]!.inputs);
  return { bytes: gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length, names: inputs.some((input) => input.includes('name-knowledge')) };
}

const filter = (text: string, language: Language) => redact(text, { language });
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1).replace('.', ',')} kB`;
const percent = (part: number, whole: number) => `${(100 * rate(part, whole)).toFixed(1).replace('.', ',')} %`;

const perSecond = (count: number, ms: number) => `${Math.round((count / ms) * 1000).toLocaleString('de-DE')} Texte/s`;
const share = (x: number) => x.toFixed(3).replace('.', ',');

const bench: Benchmark = {
  title: 'Datenschutzfilter (lib/privacy): redact, scrubUrl, sensitiveTopics',
  baseline: 'Naive Regex-Kette',
  async run() {
    const texts = suggestions(10_000);
    const averageLength = Math.round(texts.reduce((sum, text) => sum + text.length, 0) / texts.length);
    const oursMs = await medianMs(() => texts.forEach((text) => redact(text)));
    const baselineMs = await medianMs(() => texts.forEach(naiveRedact));

    const ours = quality((text) => redact(text).text);
    const naive = quality(naiveRedact);
    const corpusOursMs = await medianMs(() => corpus.forEach((entry) => redact(entry.text)));
    const corpusBaselineMs = await medianMs(() => corpus.forEach((entry) => naiveRedact(entry.text)));

    const chunkStart = performance.now();
    const review = await chunk('../../lib/privacy/index.ts');
    const chunkMs = performance.now() - chunkStart;
    const pageLoad = await chunk('../../lib/compose/describe-page.ts');
    const batches = await Promise.all(
      (['first', 'contact'] as const).map(async (batch) => {
        const texts = secondCorpus[batch];
        const { all, names, lines } = figureTable(texts, filter);
        // Per language and per kind, printed above the table.
        console.log([`\nKorpus 2, Stapel "${batch}" (${batch === 'first' ? 'vor dem Abstimmen geschrieben' : 'danach geschrieben'}):`, ...lines].join('\n'));
        return {
          task: `redact: Korpus 2 „${batch}“, ${texts.length} Texte, ${all.negatives} Fallen`,
          oursMs: await medianMs(() => texts.forEach((entry) => redact(entry.text, { language: entry.language }))),
          note: `Recall ${percent(all.removed, all.expected)}, Namen ${percent(names.removed, names.expected)}, Fallen unverändert ${percent(all.unchanged, all.negatives)}`,
        };
      }),
    );
    const urls = pageUrls(10_000);
    const urlMs = await medianMs(() => urls.forEach(scrubUrl));
    const topicsMs = await medianMs(() => texts.forEach(sensitiveTopics));

    return [
      {
        task: `redact: 10.000 Vorschläge (Ø ${averageLength} Zeichen)`,
        oursMs,
        baselineMs,
        note: `${perSecond(texts.length, oursMs)} (Basis ${perSecond(texts.length, baselineMs)})`,
      },
      {
        task: `redact: beide Korpora, ${corpus.length} Texte in 7 Sprachen`,
        oursMs: corpusOursMs,
        baselineMs: corpusBaselineMs,
        note: `Recall ${share(ours.recall)}, Negative unverändert ${share(ours.unchanged)} (Basis ${share(naive.recall)} / ${share(naive.unchanged)})`,
      },
      ...batches,
      { task: 'scrubUrl: 10.000 Seitenadressen', oursMs: urlMs, note: perSecond(urls.length, urlMs).replace('Texte', 'Adressen') },
      { task: 'sensitiveTopics: 10.000 Vorschläge', oursMs: topicsMs, note: perSecond(texts.length, topicsMs) },
      {
        task: 'Chunk der Prüfansicht bauen (lib/privacy mit Namenslisten)',
        oursMs: chunkMs,
        note: `${kB(review.bytes)} gzip (Ziel ≤ 40 kB${review.names ? '' : ', Namenslisten fehlen!'}); beim Seitenaufruf (describePage): ${kB(pageLoad.bytes)}, ${pageLoad.names ? 'MIT Namenslisten!' : 'ohne Namenslisten'}`,
      },
    ];
  },
};

export default bench;
