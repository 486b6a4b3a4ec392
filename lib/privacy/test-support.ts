// Test support only (not exported from index.ts): what `redact` removed, as [kind, removed text] pairs.
import type { Language } from '../model';
import { redact } from './redact';

export function removed(text: string, language: Language = 'de'): Array<[string, string]> {
  return redact(text, { language }).findings.map((f) => [f.kind, text.slice(f.start, f.end)]);
}
