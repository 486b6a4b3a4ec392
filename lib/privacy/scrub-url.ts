import { detectIdentifiers } from './identifiers';
import { scrubAddress } from './scrub-address';

/**
 * A page address as it may be stored and sent (lib/privacy/scrub-address.ts), with every path segment that
 * holds an identifier redact() would remove replaced by "[id]".
 */
export const scrubUrl = (url: string): string => scrubAddress(url, (word) => detectIdentifiers(word).length > 0);
