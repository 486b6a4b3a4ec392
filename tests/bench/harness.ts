/**
 * A tiny benchmark harness: every benchmark runs our code and a baseline side by side in the same
 * process and prints one table, so figures compare like with like on whatever machine runs them.
 */

export interface BenchRow {
  /** What was measured, e.g. "1.000 Vorschläge einer Seite auflisten". */
  task: string;
  /** Median milliseconds of our implementation. */
  oursMs: number;
  /** Median milliseconds of the baseline, when there is one. */
  baselineMs?: number;
  /** Extra figures worth printing (correct answers, throughput …). */
  note?: string;
}

export interface Benchmark {
  title: string;
  /** Name of the baseline the table compares against. */
  baseline: string;
  run(): Promise<BenchRow[]>;
}

/** Median wall time of `runs` calls of `fn` after one warm-up call. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function formatMs(ms: number | undefined): string {
  if (ms === undefined) return '–';
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(2);
}

export function formatTable(bench: Benchmark, rows: BenchRow[]): string {
  const header = ['Aufgabe', 'Mitgestalten (ms)', `${bench.baseline} (ms)`, 'Faktor', 'Anmerkung'];
  const body = rows.map((row) => [
    row.task,
    formatMs(row.oursMs),
    formatMs(row.baselineMs),
    row.baselineMs === undefined ? '–' : `${(row.baselineMs / row.oursMs).toFixed(2)}×`,
    row.note ?? '',
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((line) => line[column]!.length)));
  const line = (cells: string[]) => '| ' + cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ') + ' |';
  return [
    `\n${bench.title}`,
    line(header),
    '|' + widths.map((width) => '-'.repeat(width + 2)).join('|') + '|',
    ...body.map(line),
  ].join('\n');
}
