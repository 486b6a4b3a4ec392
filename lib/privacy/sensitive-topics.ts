/**
 * GDPR Art. 9 special categories of personal data. They are not redacted — "ich bin schwanger" carries
 * the point of a suggestion about Mehrbedarf — but the UI asks the person to rephrase or to confirm
 * before anything is sent.
 */
import { ANY_PLACEHOLDER } from './placeholders';
import { TERMS, type SensitiveTopic } from './sensitive-terms';
import { onFirstUse } from './patterns';

export type { SensitiveTopic };

/**
 * Lower case, with Turkish dotted and dotless i read as "i", one code unit for one code unit, so an
 * offset in the folded text is an offset in the input.
 */
function fold(text: string): string {
  return text.replace(/İ/g, 'i').toLowerCase().replace(/ı/g, 'i');
}

/** Arabic and Persian glue conjunctions, prepositions and the article to the word ("والمرض", "بالمستشفى"). */
const ARABIC_PREFIX = '[وفبلك]?(?:ال)?';
const ARABIC_SCRIPT = /^[\u0600-\u06FF]/;

/**
 * One regex for all topics, one capture group per topic and script, so a text is scanned once. Terms
 * in Arabic script may carry the glued prefixes; the others start at a word boundary.
 */
const TOPICS = Object.keys(TERMS) as SensitiveTopic[];
const group = (terms: readonly string[]) => `(${terms.join('|') || '(?!)'})`;
const PATTERN = onFirstUse(() => new RegExp(
  String.raw`(?<![\p{L}])(?:${TOPICS.map((topic) => group(TERMS[topic].filter((t) => !ARABIC_SCRIPT.test(t)))).join('|')}|${ARABIC_PREFIX}(?:${TOPICS.map((topic) => group(TERMS[topic].filter((t) => ARABIC_SCRIPT.test(t)))).join('|')}))`,
  'gu',
));

/** The topic whose group matched: groups 1…7 are the topics in other scripts, 8…14 in Arabic script. */
function topicOf(match: RegExpMatchArray): SensitiveTopic {
  const index = match.findIndex((value, i) => i > 0 && value !== undefined) - 1;
  return TOPICS[index % TOPICS.length]!;
}

export interface SensitiveTerm {
  topic: SensitiveTopic;
  /** Offsets in the input, `end` exclusive: the word beginning that matched. */
  start: number;
  end: number;
}

/** Where `text` touches a special category, so the UI can point at the words. */
export function findSensitiveTerms(text: string): SensitiveTerm[] {
  // A placeholder such as "[شماره بیمه درمانی حذف شد]" (health insurance number removed) names no topic.
  const folded = fold(text.replace(ANY_PLACEHOLDER, (placeholder) => ' '.repeat(placeholder.length)));
  return [...folded.matchAll(PATTERN())].map((match) => {
    // The glued Arabic prefix is not part of the word shown to the person.
    const word = match.slice(1).find((value) => value !== undefined)!;
    const end = match.index + match[0].length;
    return { topic: topicOf(match), start: end - word.length, end };
  });
}

/** The special categories of personal data (GDPR Art. 9) that `text` touches, in a fixed order. */
export function sensitiveTopics(text: string): SensitiveTopic[] {
  const touched = new Set(findSensitiveTerms(text).map((term) => term.topic));
  return TOPICS.filter((topic) => touched.has(topic));
}
