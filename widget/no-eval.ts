import { config } from 'zod/mini';

// zod compiles its object parsers with `new Function` when it may, and probes whether it may by trying.
// A page under a strict Content-Security-Policy (no 'unsafe-eval', Trusted Types) reports even the probe as
// a violation: the widget's zod never compiles code. Imported first by each chunk that parses.
config({ jitless: true });
