import { defineConfig } from 'wxt';
import { DEFAULT_SITES, PAGE_SCRIPT } from './extension/sites';

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
    // The launcher on every page view of an allowed site (entrypoints/page-boot.ts, a plain script: see there);
    // sites allowed at runtime get the same script registered (extension/site-access.ts).
    content_scripts: [{ matches: DEFAULT_SITES, js: [PAGE_SCRIPT], run_at: 'document_idle' }],
    // The panels' frame is placed into the pages of every allowed site, also those allowed at runtime, which no
    // fixed list here can name; its address changes every session (`use_dynamic_url`), so a page can neither
    // find out from it that the extension is installed nor load it by itself.
    web_accessible_resources: [{ resources: ['panels.html', 'chunks/*', 'assets/*'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }],
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
