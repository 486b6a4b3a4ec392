import { defineConfig } from 'wxt';
import { DEFAULT_SITES } from './extension/sites';

// The extension for caseworkers (deployed by IT with a managed policy). Everything it does lives in
// lib/, components/ and overlay/; entrypoints/ only wires those to the browser.
export default defineConfig({
  manifestVersion: 3,
  manifest: {
    name: 'Mitgestalten',
    description: 'Verbesserungsvorschläge direkt an Formularen und Abläufen des Jobcenters erfassen.',
    // `scripting`: the rest of the overlay is injected on first use (extension/boot-service.ts), so a page
    // view runs only the launcher; sites allowed at runtime get their content script registered.
    // `activeTab`: the toolbar popup may read the address of the tab it was opened on, to offer
    // "Mitgestalten auf dieser Seite aktivieren" there, without access to any other tab.
    permissions: ['storage', 'alarms', 'scripting', 'activeTab'],
    // Host access only where the extension runs without asking (extension/sites.ts). Every further site,
    // and a backlog on another host, is asked for one by one (optional): never broad access by default.
    host_permissions: DEFAULT_SITES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    storage: { managed_schema: 'managed-schema.json' },
  },
});
