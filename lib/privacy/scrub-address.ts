/** What stands in for an identifying path segment. Brackets stay readable and keep the URL valid. */
const URL_PLACEHOLDER = '[id]';

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

/**
 * Whether a word holds an identifier that redact() would remove (lib/privacy/identifiers.ts). Every such
 * identifier in a single word holds a digit, so it is asked only about words with one.
 */
export type IdentifierCheck = (word: string) => boolean;

/** The one rule for when the identifier check is asked: a word, or a path, with a digit in it. */
const HOLDS_DIGIT = /\d/;

function looksLikeIdentifier(segment: string, holdsIdentifier: IdentifierCheck): boolean {
  // A malformed escape is checked as it stands.
  const decoded = decode(segment);
  return (
    UUID.test(decoded) ||
    LONG_DIGITS.test(decoded) ||
    looksLikeToken(decoded) ||
    HEX.test(decoded) ||
    EMAIL.test(decoded) ||
    (HOLDS_DIGIT.test(decoded) && holdsIdentifier(decoded.replace(/[_+]/g, ' ')))
  );
}

/**
 * Whether the identifier check can change how this path is scrubbed: only when it holds a digit (a
 * percent-escaped one included: its escape holds one too). Without, the check need not be loaded.
 */
export const pathNeedsIdentifierCheck = (path: string): boolean => HOLDS_DIGIT.test(path);

/** Folders whose next segment is a user name in local file paths ("C:/Users/Max.Mustermann/…"). */
const HOME = /^(?:users|home|benutzer|dokumente und einstellungen|documents and settings)$/i;

function scrubPath(path: string, holdsIdentifier: IdentifierCheck): string {
  const segments = path.split('/');
  return segments
    .map((segment, index) => {
      // Matrix parameters (";jsessionid=…") carry sessions in Java web applications.
      const bare = segment.split(';')[0]!;
      const afterHome = index > 0 && HOME.test(decode(segments[index - 1]!));
      return bare !== '' && (afterHome || looksLikeIdentifier(bare, holdsIdentifier)) ? URL_PLACEHOLDER : bare;
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
 * e-mail addresses, tokens, anything `holdsIdentifier` finds) replaced by "[id]". lib/privacy/scrub-url.ts
 * passes the identifiers redact() removes; this module does not import them, so that a page view whose
 * address holds no digit can describe itself without loading them (widget/returning-boot.ts).
 */
export function scrubAddress(url: string, holdsIdentifier: IdentifierCheck): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    // Not an absolute URL: keep only what stands before any query or fragment, scrubbed the same way.
    return scrubPath(url.trim().split(/[?#]/)[0]!, holdsIdentifier);
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.origin + scrubPath(parsed.pathname, holdsIdentifier);
  // blob: wraps another origin's URL.
  if (parsed.protocol === 'blob:') return 'blob:' + scrubAddress(url.trim().slice(5), holdsIdentifier);
  if (parsed.protocol === 'file:') return 'file://' + scrubPath(parsed.pathname, holdsIdentifier);
  // Other schemes with an origin (ftp:, ws:) keep it; the rest (about:, data:, javascript:, mailto:)
  // name no page, or carry content, and are cut to the scheme.
  if (parsed.origin !== 'null') return parsed.origin + scrubPath(parsed.pathname, holdsIdentifier);
  return parsed.protocol;
}
