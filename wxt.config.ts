import { defineConfig } from 'wxt';

// The extension for caseworkers (deployed by IT with a managed policy). Everything it does lives in
// lib/, components/ and overlay/; entrypoints/ only wires those to the browser.
export default defineConfig({
  manifestVersion: 3,
  manifest: {
    name: 'Mitgestalten',
    description: 'Verbesserungsvorschläge direkt an Formularen und Abläufen des Jobcenters erfassen.',
    default_locale: undefined,
    permissions: ['storage', 'alarms'],
  },
});
