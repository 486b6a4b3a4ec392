import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise, type IConfiguration, type ICruiseResult } from 'dependency-cruiser';
import { expect, it } from 'vitest';

// The rules `npm run depcheck` applies to the repository, applied to a small project laid out like it.
const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;
const fixture = fileURLToPath(new URL('./import-rules/', import.meta.url));

/** A package by its name, wherever node_modules/ lies. */
const moduleName = (path: string): string => path.replace(/^(\.\.\/)*node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, '$2');

async function violationsIn(folders: string[]): Promise<string[]> {
  const { output } = await cruise(folders, {
    ...config.options,
    validate: true,
    ruleSet: { forbidden: config.forbidden ?? [] },
    baseDir: fixture,
  });
  return (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${moduleName(v.to)}`).sort();
}

it('reports each import the architecture forbids, by rule, and nothing the architecture allows', async () => {
  expect(await violationsIn(['lib', 'components', 'overlay', 'server'])).toEqual([
    'browser-zod-mini: overlay/link.ts → zod',
    'components-types-only: components/Row.ts → overlay/state.ts',
    'folder-not-in-table: lib/scratch/note.ts → lib/model/shape.ts',
    'lib-model-imports: lib/model/caption.ts → components/Badge.ts',
    'lib-no-extension-apis: lib/messaging/port.ts → wxt',
    'lib-no-node: lib/store/open.ts → fs',
    'lib-no-preact: lib/anchoring/highlight.ts → preact',
    'server-nothing-browser-only: server/export.ts → idb',
    'server-nothing-browser-only: server/export.ts → lib/store/open.ts',
  ]);
});
