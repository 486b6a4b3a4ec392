// Checked in tsconfig.node.json only. A package whose type definitions pull in the DOM (Preact's do)
// brings it into every file of the program; then this expectation fails, and Node code, with the
// parts of lib/ the server uses, would no longer be checked against Node.
// @ts-expect-error Node code knows no DOM.
export const dom = document;
