import { defineConfig } from 'wxt';

// The extension for caseworkers (deployed by IT with a managed policy). Everything it does lives in
// lib/, components/ and overlay/; entrypoints/ only wires those to the browser.
/** The demo pages and the Jobcenter portals the extension is deployed for. IT adds its own applications by policy. */
const SITES = ['http://localhost/*', 'http://127.0.0.1/*', 'https://*.jobcenter.digital/*', 'https://*.jobcenter-ge.de/*'];

export default defineConfig({
  manifestVersion: 3,
  manifest: {
    name: 'Mitgestalten',
    description: 'Verbesserungsvorschläge direkt an Formularen und Abläufen des Jobcenters erfassen.',
    // `scripting`: the rest of the overlay is injected on first use (extension/boot-service.ts), so a page
    // view runs only the launcher.
    permissions: ['storage', 'alarms', 'scripting'],
    // The demo backlog runs on this machine; a Jobcenter's own backlog answers CORS (docs/backlog-protocol.md)
    // or is granted by IT's policy. Injecting the overlay needs host access to the pages it runs on.
    host_permissions: SITES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    storage: { managed_schema: 'managed-schema.json' },
    // The launcher on every page view of an allowed site (entrypoints/page-boot.ts, a plain script: see there).
    content_scripts: [{ matches: SITES, js: ['page-boot.js'], run_at: 'document_idle' }],
    // The panels' frame may be placed into the allowed sites' pages; its address changes every session
    // (`use_dynamic_url`), so a page cannot find out from it that the extension is installed.
    web_accessible_resources: [{ resources: ['panels.html', 'chunks/*', 'assets/*'], matches: SITES, use_dynamic_url: true }],
  },
});
