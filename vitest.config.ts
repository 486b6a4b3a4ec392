import { defineConfig } from 'vitest/config';

// Two projects: fast unit/integration tests (node or happy-dom per file) and end-to-end tests that
// drive the system Chromium with the built extension. `npm test` builds the extension first.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    // A stray `.only` fails the run everywhere, not just where CI=true (focus one test with
    // `npx vitest run FILE -t NAME` instead).
    allowOnly: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Fast tests first, in their own group, so a broken unit shows before the browser starts.
          sequence: { groupOrder: 0 },
          include: ['lib/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'board/**/*.test.ts', 'overlay/**/*.test.{ts,tsx}', 'widget/**/*.test.{ts,tsx}', 'extension/**/*.test.ts', 'server/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          sequence: { groupOrder: 1 },
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // Each file starts its own Chromium, with the extension's frames in processes of their own: one at a
          // time, so that two browsers on two cores never starve each other's timing (focus crossing into the
          // panels' frame, a launcher settling into its corner).
          maxWorkers: 1,
        },
      },
    ],
  },
});
