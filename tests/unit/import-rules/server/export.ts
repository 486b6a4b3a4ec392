// Breaks server-nothing-browser-only: lib/outbox/csv.ts is allowed, but it reaches lib/store/ and idb.
import { toCsv } from '../lib/outbox/csv';

export const exportCsv = toCsv;
