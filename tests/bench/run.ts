// `npm run bench`: runs every tests/bench/*.bench.ts (or those named on the command line) and prints
// one table each. Faktor > 1 means Mitgestalten is faster than the baseline.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatTable, type Benchmark } from './harness';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

let failed = false;
for (const file of files) {
  const { default: bench } = (await import(pathToFileURL(benchDir + file).href)) as { default: Benchmark };
  try {
    console.log(formatTable(bench, await bench.run()));
  } catch (error) {
    failed = true;
    console.error(`\n${file}: ${error instanceof Error ? error.stack : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
