import { detect } from './detect';

/** What stands in for an identifying path segment. Brackets stay readable and keep the URL valid. */
export const URL_PLACEHOLDER = '[id]';

const UUID = /[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}/i;
/** Five digits or more: case, customer and application numbers; shorter runs are steps, pages, years. */
const LONG_DIGITS = /\d{5,}/;
/** Session and access tokens: long hexadecimal or base64-like runs with letters and digits mixed. */
const TOKEN = /^(?=.*\d)(?=.*[a-zA-Z])[A-Za-z0-9_\-]{20,}$/;
const HEX = /^[0-9a-f]{16,}$/i;
const EMAIL = /@/;

function looksLikeIdentifier(segment: string): boolean {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A malformed escape is still checked as it stands.
  }
  return (
    UUID.test(decoded) ||
    LONG_DIGITS.test(decoded) ||
    TOKEN.test(decoded) ||
    HEX.test(decoded) ||
    EMAIL.test(decoded) ||
    detect(decoded.replace(/[_+]/g, ' ')).length > 0
  );
}

function scrubPath(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      // Matrix parameters (";jsessionid=…") carry sessions in Java web applications.
      const bare = segment.split(';')[0]!;
      return looksLikeIdentifier(bare) ? URL_PLACEHOLDER : bare;
    })
    .join('/');
}

/**
 * A page address as it may be stored and sent: origin and path only, without query, fragment, user
 * name or password, and with every path segment that looks like an identifier (long digit runs, UUIDs,
 * e-mail addresses, tokens, anything `redact` would remove) replaced by "[id]".
 */
export function scrubUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    // Not an absolute URL: keep only what stands before any query or fragment, scrubbed the same way.
    return scrubPath(url.trim().split(/[?#]/)[0]!);
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.origin + scrubPath(parsed.pathname);
  // data: and javascript: carry content, not a place; blob: wraps another origin's URL.
  if (parsed.protocol === 'blob:') return 'blob:' + scrubUrl(url.trim().slice(5));
  if (parsed.protocol === 'file:') return 'file://' + scrubPath(parsed.pathname);
  if (parsed.origin !== 'null') return parsed.origin + scrubPath(parsed.pathname);
  return parsed.protocol;
}
