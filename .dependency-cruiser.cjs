// The import rules of docs/architecture.md (section „Ordner“), checked by `npm run depcheck` and so by
// `npm test`. The table below is that section's column „darf importieren“; change both together.

/** Which project folders each folder may import, besides its own files. '*' means anything. */
const MAY_IMPORT = {
  'lib/model': [],
  'lib/async': [],
  'lib/store': ['lib/model'],
  'lib/messaging': ['lib/model', 'lib/store', 'lib/device'],
  'lib/anchoring': ['lib/model'],
  'lib/privacy': ['lib/model'],
  'lib/compose': ['lib'],
  'lib/outbox': ['lib/model', 'lib/store'],
  'lib/device': ['lib/model', 'lib/store', 'lib/outbox', 'lib/async'],
  'lib/i18n': ['lib/model'],
  'lib/triage': ['lib/model', 'lib/privacy', 'lib/outbox'],
  components: ['lib/i18n', 'lib/model'],
  overlay: ['lib', 'components'],
  board: ['lib', 'components'],
  entrypoints: '*',
  extension: ['lib', 'overlay', 'components'],
  public: [],
  widget: ['overlay', 'lib'],
  server: ['lib'],
  scripts: ['lib', 'server'],
  demo: [],
  schema: [],
  tests: '*',
};

/** Folders that may import more, but types only (`import type`). */
const MAY_IMPORT_TYPES = {
  components: ['lib', 'overlay'],
};

/** Tests may import anything: tests/, unit tests beside their code, and lib/'s test-only helpers. */
const TESTS = '^tests/|\\.test\\.tsx?$|^lib/privacy/(test-support|arbitraries)\\.ts$';
/** Files at the top of the repository (tool configs) import packages only. */
const TOP_LEVEL_FILES = '^[^/]+$';

/** npm packages that only work in a browser or an extension, or that bring a UI framework. */
const PREACT = '(preact|@preact/[^/]+)';
const EXTENSION_APIS = '(wxt|@wxt-dev/[^/]+|webextension-polyfill|@types/chrome)';
const BROWSER_ONLY_PACKAGES = `(${PREACT}|${EXTENSION_APIS}|idb)`;
/** A resolved package lies under a node_modules/ folder; one that did not resolve keeps its bare name. */
const packagePath = (names) => `(^|node_modules/)${names}(/|$)`;
/** lib/ parts that need the DOM, IndexedDB or extension messaging. */
const BROWSER_ONLY_LIB = '^lib/(anchoring|compose|store|messaging|device)/';

const folderPattern = (folders) => `^(${folders.join('|')})/`;

const folderRules = Object.entries(MAY_IMPORT)
  .filter(([, allowed]) => allowed !== '*')
  .map(([folder, allowed]) => ({
    name: `${folder.replace('/', '-')}-imports`,
    severity: 'error',
    comment:
      `${folder}/ may import ${allowed.length ? allowed.map((f) => `${f}/`).join(', ') : 'nothing of the project'} ` +
      'besides its own files (docs/architecture.md, „Ordner“).',
    from: { path: `^${folder}/`, pathNot: TESTS },
    to: { dependencyTypes: ['local'], pathNot: folderPattern([folder, ...allowed, ...(MAY_IMPORT_TYPES[folder] ?? [])]) },
  }));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...folderRules,
    {
      name: 'folder-not-in-table',
      severity: 'error',
      comment: 'Every folder has a row in docs/architecture.md („Ordner“) and in MAY_IMPORT of .dependency-cruiser.cjs.',
      from: { pathNot: `${folderPattern(Object.keys(MAY_IMPORT))}|${TESTS}|${TOP_LEVEL_FILES}` },
      to: { dependencyTypes: ['local'] },
    },
    ...Object.entries(MAY_IMPORT_TYPES).map(([folder, typesFrom]) => ({
      name: `${folder}-types-only`,
      severity: 'error',
      comment:
        `${folder}/ import only types (\`import type\`) from ${typesFrom.map((f) => `${f}/`).join(', ')}, ` +
        `code only from ${MAY_IMPORT[folder].map((f) => `${f}/`).join(', ')} (docs/architecture.md, „Ordner“).`,
      from: { path: `^${folder}/`, pathNot: TESTS },
      to: { path: folderPattern(typesFrom), pathNot: folderPattern([folder, ...MAY_IMPORT[folder]]), dependencyTypesNot: ['type-only'] },
    })),
    {
      name: 'components-no-io',
      severity: 'error',
      comment: 'components/ import nothing that does I/O: no IndexedDB (idb), no extension APIs.',
      from: { path: '^components/', pathNot: TESTS },
      to: { path: packagePath(`(${EXTENSION_APIS}|idb)`) },
    },
    {
      name: 'components-no-node',
      severity: 'error',
      comment: 'components/ import nothing that does I/O: no Node modules.',
      from: { path: '^components/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'lib-no-preact',
      severity: 'error',
      comment: 'lib/ is framework-free: no Preact, no signals.',
      from: { path: '^lib/', pathNot: TESTS },
      to: { path: packagePath(PREACT) },
    },
    {
      name: 'lib-no-extension-apis',
      severity: 'error',
      comment: 'lib/ uses no browser-extension APIs (wxt, chrome, browser): both shells use it, and the widget runs without them.',
      from: { path: '^lib/', pathNot: TESTS },
      to: { path: packagePath(EXTENSION_APIS) },
    },
    {
      name: 'lib-no-node',
      severity: 'error',
      comment: 'lib/ uses no Node-only APIs: it runs in the browser and, in parts, on the server.',
      from: { path: '^lib/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'browser-zod-mini',
      severity: 'error',
      comment:
        'Code that runs in a browser parses with zod/mini: classic zod (methods on every schema) cannot be tree-shaken ' +
        'and would put all of it into the widget and the overlay. server/ and scripts/ may use it for their own schemas.',
      from: { pathNot: `^(server|scripts)/|${TESTS}|${TOP_LEVEL_FILES}` },
      // zod's classic entry points (`zod`, `zod/v4`, `zod/v4/classic`), resolved or not; zod/mini and zod's locales pass.
      to: { path: '(^|node_modules/)zod(/v4|/v4/classic)?(/index[.]|$)' },
    },
    {
      name: 'server-nothing-browser-only',
      severity: 'error',
      comment:
        'server/ uses lib/ but nothing browser-only, not even through another module: no Preact, extension APIs, idb, ' +
        'nor lib/anchoring, lib/compose, lib/store, lib/messaging, lib/device.',
      from: { path: '^server/', pathNot: TESTS },
      to: { path: [packagePath(BROWSER_ONLY_PACKAGES), BROWSER_ONLY_LIB], reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '^(\\.output|dist|\\.wxt|coverage|test-results)/' },
    // See `import type` lines too: components/ may import types where they may not import code.
    tsPreCompilationDeps: true,
    // Resolve packages the way the bundler does (package.json "exports"), so subpaths like
    // wxt/browser resolve instead of ending up "unknown".
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
