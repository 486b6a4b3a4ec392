import { defineConfig } from 'wxt';
import { DEFAULT_SITES } from './extension/sites';

// The extension for caseworkers (deployed by IT with a managed policy). Everything it does lives in
// lib/, components/ and overlay/; entrypoints/ only wires those to the browser. One build for Chrome and
// Edge, one for Firefox (`wxt build -b firefox`); both Manifest V3.
export default defineConfig({
  manifestVersion: 3,
  manifest: ({ browser }) => ({
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
    // Chrome and Edge read IT's policy against this schema; Firefox takes it from policies.json (README).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mitgestalten@jobcenter.digital',
              // The first versions that read data_collection_permissions (desktop: 140 ESR).
              strict_min_version: '140.0',
              // What leaves the device, and only when the person sends: the addresses and titles of the pages
              // and the labels of the fields a suggestion is about (no values typed into forms).
              data_collection_permissions: { required: ['browsingActivity', 'websiteContent'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
