import { detectIdentifiers } from './identifiers';

/** What stands in for an identifying path segment. Brackets stay readable and keep the URL valid. */
export const URL_PLACEHOLDER = '[id]';

const UUID = /[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}/i;
/** Five digits or more: case, customer and application numbers; shorter runs are steps, pages, years. */
const LONG_DIGITS = /\d{5,}/;
const HEX = /^[0-9a-f]{16,}$/i;
const EMAIL = /@/;

/**
 * Session and access tokens (base64url, random strings) as opposed to readable slugs
 * ("weiterbewilligungsantrag-2024-teil-2"): long, and either many digits or case changing inside words.
 */
function looksLikeToken(segment: string): boolean {
  if (segment.length < 16 || !/^[A-Za-z0-9_\-.=]+$/.test(segment)) return false;
  const digits = segment.replace(/\D/g, '').length;
  const caseChanges = segment.match(/[a-z][A-Z]/g)?.length ?? 0;
  return digits / segment.length >= 0.25 || caseChanges >= 2;
}

function looksLikeIdentifier(segment: string): boolean {
  // A malformed escape is checked as it stands.
  const decoded = decode(segment);
  return (
    UUID.test(decoded) ||
    LONG_DIGITS.test(decoded) ||
    looksLikeToken(decoded) ||
    HEX.test(decoded) ||
    EMAIL.test(decoded) ||
    // Every identifier redact() finds in a single word holds a digit.
    (/\d/.test(decoded) && detectIdentifiers(decoded.replace(/[_+]/g, ' ')).length > 0)
  );
}

/** Folders whose next segment is a user name in local file paths ("C:/Users/Max.Mustermann/…"). */
const HOME = /^(?:users|home|benutzer|dokumente und einstellungen|documents and settings)$/i;

function scrubPath(path: string): string {
  const segments = path.split('/');
  return segments
    .map((segment, index) => {
      // Matrix parameters (";jsessionid=…") carry sessions in Java web applications.
      const bare = segment.split(';')[0]!;
      const afterHome = index > 0 && HOME.test(decode(segments[index - 1]!));
      return bare !== '' && (afterHome || looksLikeIdentifier(bare)) ? URL_PLACEHOLDER : bare;
    })
    .join('/');
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
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
  // blob: wraps another origin's URL.
  if (parsed.protocol === 'blob:') return 'blob:' + scrubUrl(url.trim().slice(5));
  if (parsed.protocol === 'file:') return 'file://' + scrubPath(parsed.pathname);
  // Other schemes with an origin (ftp:, ws:) keep it; the rest (about:, data:, javascript:, mailto:)
  // name no page, or carry content, and are cut to the scheme.
  if (parsed.origin !== 'null') return parsed.origin + scrubPath(parsed.pathname);
  return parsed.protocol;
}
