// Checked in tsconfig.browser.json only. A package whose type definitions reference Node's (vite's
// do, and with them WXT's entrypoint helpers) brings Node's globals into every file of the program;
// then this expectation fails, and browser code would no longer be checked against a browser.
// @ts-expect-error Browser code knows no Node globals.
export const nodeProcess = process;
