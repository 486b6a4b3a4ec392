import { defineConfig } from 'wxt';

// The extension for caseworkers (deployed by IT with a managed policy). Everything it does lives in
// lib/, components/ and overlay/; entrypoints/ only wires those to the browser.
export default defineConfig({
  manifestVersion: 3,
  manifest: {
    name: 'Mitgestalten',
    description: 'Verbesserungsvorschläge direkt an Formularen und Abläufen des Jobcenters erfassen.',
    permissions: ['storage', 'alarms'],
    // The demo backlog runs on this machine; a Jobcenter's own backlog answers CORS (docs/backlog-protocol.md)
    // or is granted by IT's policy.
    host_permissions: ['http://localhost/*', 'http://127.0.0.1/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    storage: { managed_schema: 'managed-schema.json' },
  },
});
