// `npm run build:widget`: the widget's files in dist/widget/, then its size report, which fails the build
// when a budget it enforces is exceeded. Two builds: the lazily loaded parts as ES modules with
// content-hashed names, then the loader as a classic script that knows the one hashed name it needs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig, type Manifest, type Plugin } from 'vite';
import { compileHints } from './compile-hints';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WIDGET_DIR = join(ROOT, 'dist/widget');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Budgets in bytes of gzip (1 KB = 1,000 bytes); see the README's "Widget einbetten". */
export const BUDGETS = { loader: 4_000, firstPanel: 25_000, oneSuggestion: 60_000 };
/** The budgets this build enforces: the ones the widget meets today. The others are reported only. */
const ENFORCED: ReadonlyArray<keyof typeof BUDGETS> = ['loader', 'firstPanel'];

/**
 * The styles (components/*.css.ts) are CSS in a template string, written with comments for people: the
 * widget ships them without comments and runs of white space. Spaces inside selectors stay (one each).
 */
const compactStyles: Plugin = {
  name: 'mitgestalten-compact-styles',
  transform(code, id) {
    if (!id.endsWith('.css.ts')) return undefined;
    return code.replace(/= `([^`\\]*(?:\\.[^`\\]*)*)`/g, (_all, css: string) => {
      const compact = css
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};])\s*/g, '$1')
        // After a colon or comma, never before a colon: `.mg-root :focus-visible` is a descendant.
        .replace(/([:,]) /g, '$1')
        .replace(/ !important/g, '!important')
        .replace(/;}/g, '}')
        .trim();
      return `= \`${compact}\``;
    });
  },
};

const common: InlineConfig = {
  root: ROOT,
  configFile: false,
  logLevel: 'warn',
  plugins: [compactStyles],
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { __WIDGET_VERSION__: JSON.stringify(VERSION), 'process.env.NODE_ENV': JSON.stringify('production') },
};

type ModuleInfoOf = (id: string) => { importedIds: readonly string[] } | null;

/** `entry` and every module it imports statically (not through `import()`), however indirectly. */
function staticImportsOf(entry: string, getModuleInfo: ModuleInfoOf): Set<string> {
  const found = new Set<string>([entry]);
  for (const current of found) for (const imported of getModuleInfo(current)?.importedIds ?? []) found.add(imported);
  return found;
}

async function buildParts(): Promise<Manifest> {
  // The modules a page view runs, read from the module graph when the chunks are made.
  let pageView: Set<string> | undefined;
  await build({
    ...common,
    // What a page view runs: the parts list and what it imports, a returning visitor's store reader, the ES module entry.
    plugins: [compactStyles, compileHints(['widget/parts.ts', 'widget/returning-boot.ts', 'widget/module.ts'])],
    build: {
      outDir: WIDGET_DIR,
      emptyOutDir: true,
      target: 'es2022',
      manifest: true,
      // No preload helper: it would add <link> elements to the page; chunks load with import() alone.
      modulePreload: false,
      rollupOptions: {
        input: { parts: join(ROOT, 'widget/parts.ts'), module: join(ROOT, 'widget/module.ts') },
        // The page view's entry may export what later parts import from it: no extra facade file to load.
        preserveEntrySignatures: 'allow-extension',
        output: {
          format: 'es',
          entryFileNames: (chunk) => (chunk.name === 'module' ? 'mitgestalten.mjs' : 'mitgestalten-[name]-[hash].js'),
          chunkFileNames: 'mitgestalten-[name]-[hash].js',
          // zod and the switch that keeps it from compiling code (widget/no-eval.ts) in one chunk: whichever
          // part parses first, the switch has run, so a page with Trusted Types never sees zod's probe.
          manualChunks: (id, { getModuleInfo }) => {
            if (id.includes('/node_modules/zod/') || id.endsWith('/widget/no-eval.ts')) return 'zod';
            // What a page view runs, in one file: each further module of it would be a request, a compile and an instantiation of its own.
            pageView ??= staticImportsOf(join(ROOT, 'widget/parts.ts'), getModuleInfo);
            if (pageView.has(id)) return 'parts';
            return undefined;
          },
        },
      },
    },
  });
  return JSON.parse(readFileSync(join(WIDGET_DIR, '.vite/manifest.json'), 'utf8')) as Manifest;
}

async function buildLoader(partsFile: string): Promise<void> {
  await build({
    ...common,
    define: { ...common.define, __WIDGET_PARTS__: JSON.stringify(partsFile) },
    plugins: [compactStyles, compileHints(['widget/loader.ts'])],
    build: {
      outDir: WIDGET_DIR,
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: join(ROOT, 'widget/loader.ts'), formats: ['iife'], name: 'MitgestaltenLoader', fileName: () => 'mitgestalten.js' },
    },
  });
}

const gzipSize = (file: string) => gzipSync(readFileSync(join(WIDGET_DIR, file)), { level: 9 }).length;

/** Every file a chunk needs before it runs (its static imports, transitively), itself included. */
function closure(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return files;
}

const keyOf = (manifest: Manifest, source: string) => {
  const key = Object.keys(manifest).find((candidate) => candidate === source);
  if (!key) throw new Error(`${source} is not in the build`);
  return key;
};

export interface SizeReport {
  files: Record<string, number>;
  /** What a page view runs before anything is clicked: the loader, the parts list, one catalogue. */
  pageView: number;
  /** Added on a page view of an origin that has stored something: the store is read without the device. */
  returningVisitor: number;
  /** Added instead while a batch waits to be sent: the device loads to send it. */
  returningWithBatchWaiting: number;
  /** What the first click waits for until the first panel shows: the panels' chunk and its imports. */
  firstPanel: number;
  /** What the first click loads beside it, which the first panel does not wait for (the device). */
  besideFirstPanel: number;
  oneSuggestion: number;
  budgets: typeof BUDGETS;
  enforced: string[];
}

function report(manifest: Manifest): SizeReport {
  const parts = keyOf(manifest, 'widget/parts.ts');
  const catalogue = closure(manifest, [keyOf(manifest, 'lib/i18n/messages/de.ts')]);
  const onPageView = new Set(['mitgestalten.js', ...closure(manifest, [parts]), ...catalogue]);
  const device = closure(manifest, [keyOf(manifest, 'widget/device.ts')]);
  const returningBoot = closure(manifest, [keyOf(manifest, 'widget/returning-boot.ts')]);
  const ui = closure(manifest, [keyOf(manifest, 'widget/ui.ts')]);
  // What the first panel waits for: the panels, less what the page view already has. The device loads beside
  // them (widget/session.ts): the panels show without it, and what needs it waits for it.
  const firstPanel = new Set([...ui].filter((file) => !onPageView.has(file)));
  const beside = new Set([...device].filter((file) => !onPageView.has(file) && !firstPanel.has(file)));
  // Everything loaded later by the panels themselves (pointing, a panel, the privacy filter on review).
  const later = new Set<string>();
  for (const key of Object.keys(manifest)) {
    if (ui.has(manifest[key]!.file)) for (const dynamic of manifest[key]!.dynamicImports ?? []) closure(manifest, [dynamic]).forEach((file) => later.add(file));
  }
  for (const file of [...onPageView, ...firstPanel, ...beside]) later.delete(file);
  for (const file of later) if (/messages\/|mitgestalten-(de|en|uk|ar|tr|ru|fa)-/.test(file)) later.delete(file); // other languages
  const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzipSize(file), 0);
  const files = Object.fromEntries([...new Set(['mitgestalten.js', 'mitgestalten.mjs', ...Object.values(manifest).map((chunk) => chunk.file)])].sort().map((file) => [file, gzipSize(file)]));
  return {
    files,
    pageView: sum(onPageView),
    returningVisitor: sum([...returningBoot].filter((file) => !onPageView.has(file))),
    returningWithBatchWaiting: sum(new Set([...returningBoot, ...device].filter((file) => !onPageView.has(file)))),
    firstPanel: sum(firstPanel),
    besideFirstPanel: sum(beside),
    oneSuggestion: sum([...firstPanel, ...beside, ...later]),
    budgets: BUDGETS,
    enforced: [...ENFORCED],
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const manifest = await buildParts();
await buildLoader(manifest[keyOf(manifest, 'widget/parts.ts')]!.file);
const sizes = report(manifest);
mkdirSync(WIDGET_DIR, { recursive: true });
writeFileSync(join(WIDGET_DIR, 'size-report.json'), `${JSON.stringify(sizes, null, 2)}\n`);

const measured = { loader: sizes.files['mitgestalten.js']!, firstPanel: sizes.firstPanel, oneSuggestion: sizes.oneSuggestion };
console.log('Widget (dist/widget), gzip:');
for (const [file, bytes] of Object.entries(sizes.files)) console.log(`  ${kb(bytes).padStart(9)}  ${file}`);
console.log(
  `  Seitenaufruf (Lader, Teileliste, ein Katalog): ${kb(sizes.pageView)}; wer schon etwas gespeichert hat, dazu: ${kb(sizes.returningVisitor)}, während ein Paket auf das Senden wartet: ${kb(sizes.returningWithBatchWaiting)}`,
);
console.log(`  erster Klick: ${kb(sizes.firstPanel)} bis zum ersten Feld, nebenher (das Gerät, auf das es nicht wartet): ${kb(sizes.besideFirstPanel)}`);
const over: string[] = [];
for (const name of Object.keys(BUDGETS) as Array<keyof typeof BUDGETS>) {
  const enforced = ENFORCED.includes(name);
  const ok = measured[name] <= BUDGETS[name];
  console.log(`  ${name}: ${kb(measured[name])} (Budget ${kb(BUDGETS[name])}${enforced ? '' : ', nur berichtet'})${ok ? '' : ' – überschritten'}`);
  if (enforced && !ok) over.push(name);
}
if (over.length > 0) {
  console.error(`Größenbudget überschritten: ${over.join(', ')}`);
  process.exit(1);
}
