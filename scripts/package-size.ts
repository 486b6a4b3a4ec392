// `npm run size`: every file of the built extensions (Chrome/Edge and Firefox) with its size and gzip size,
// against the budget of 100 KB gzip per file. Run after `npm run build`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** No file of the package may be larger than this, gzip (issue 15). */
export const FILE_BUDGET_KB = 100;

export interface PackageFile {
  file: string;
  kb: number;
  gzipKb: number;
}

const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });

/** The files of one built extension, largest (gzip) first. */
export function packageSizes(dir: string): PackageFile[] {
  return listFiles(dir)
    .map((path) => {
      const bytes = readFileSync(path);
      return { file: relative(dir, path), kb: bytes.length / 1000, gzipKb: gzipSync(bytes).length / 1000 };
    })
    .sort((a, b) => b.gzipKb - a.gzipKb);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../.output/', import.meta.url));
  for (const build of ['chrome-mv3', 'firefox-mv3']) {
    const dir = join(root, build);
    if (!existsSync(dir)) continue;
    const files = packageSizes(dir);
    console.log(`\n${build}: ${files.length} Dateien, ${files.reduce((sum, f) => sum + f.gzipKb, 0).toFixed(1)} kB gzip`);
    console.log('| Datei | kB | kB gzip | |\n|---|---:|---:|---|');
    for (const { file, kb, gzipKb } of files) console.log(`| ${file} | ${kb.toFixed(1)} | ${gzipKb.toFixed(1)} | ${gzipKb > FILE_BUDGET_KB ? 'über der Grenze' : ''} |`);
  }
}
