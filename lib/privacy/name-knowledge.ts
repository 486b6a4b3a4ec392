import { FAMILY_NAMES, GIVEN_NAMES } from './name-knowledge.generated';
import { foldName } from './name-fold';

/**
 * Knowledge of given and family names common among the people Jobcenters serve (built by
 * scripts/build-name-lists.ts). It lets a weak cue ("ich bin …", "أنا …", "мой сын …") tell a name from
 * an ordinary word, and finds names in texts without capitals (lower case, Arabic script).
 * The lists are decoded on first use, so only a person who writes a suggestion pays for them.
 */

interface Known {
  given: Set<string>;
  family: Set<string>;
}

let known: Known | undefined;

/** Reverses the front coding of the build script: '0' + n = shares n characters with the name before. */
function decode(coded: string): string[] {
  const names: string[] = [];
  let previous = '';
  let at = 0;
  while (at < coded.length) {
    const shared = coded.charCodeAt(at) - 0x30;
    let end = at + 1;
    while (end < coded.length && (coded.charCodeAt(end) < 0x30 || coded.charCodeAt(end) > 0x5a)) end++;
    previous = previous.slice(0, shared) + coded.slice(at + 1, end);
    names.push(previous);
    at = end;
  }
  return names;
}

/** Ukrainian and Russian names as German offices and passports write them in Latin letters. */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'yu', я: 'ya',
  ы: 'y', э: 'e', ъ: '',
};

/** "Олександр" → oleksandr, "Наталія" → nataliya / natalia, "Ольга" → olha / olga, "Дмитрий" → dmytryy / dmitriy. */
function latinSpellings(name: string): string[] {
  const plain = [...name].map((char) => CYRILLIC_TO_LATIN[char] ?? char).join('');
  const russian = plain.replace(/h/g, 'g').replace(/kg/g, 'kh').replace(/zg/g, 'zh').replace(/sg/g, 'sh').replace(/cg/g, 'ch').replace(/y(?![aeiou])/g, 'i');
  return [plain, russian, plain.replace(/iya$/, 'ia'), russian.replace(/iy$/, 'y').replace(/ii$/, 'y')];
}

function load(): Known {
  const given = new Set(decode(GIVEN_NAMES));
  for (const name of [...given]) if (/[а-яії]/.test(name)) for (const latin of latinSpellings(name)) given.add(latin);
  return { given, family: new Set(decode(FAMILY_NAMES)) };
}

/**
 * Slavic names change their ending with the case ("мужем Сергеем", "з Андрієм", "Олени"): the folded
 * nominatives it may come from (folding turns "й" into "и").
 */
function nominatives(folded: string): string[] {
  const forms = [folded];
  const stem = /^(.{2,}?)(?:ем|єм|ом|ои|ою|еи|ею|ым|им|у|ю|е|і|и|ы|а|я)$/.exec(folded)?.[1];
  if (stem) forms.push(stem, stem + 'а', stem + 'я', stem + 'и', stem + 'ь', stem + 'о');
  return forms;
}

function lookup(word: string, sets: ReadonlyArray<Set<string>>): boolean {
  known ??= load();
  const folded = foldName(word);
  if (folded.length < 2) return false;
  const forms = /[а-яії]/.test(folded) ? nominatives(folded) : [folded];
  return forms.some((form) => sets.some((set) => set.has(form)));
}

/** Answers already given: the same words come back in text after text ("Frau", "ich", "Ali"). */
const answers = new Map<string, boolean>();

/** Whether `word` is a known given or family name. */
export function isKnownName(word: string): boolean {
  let answer = answers.get(word);
  if (answer === undefined) {
    known ??= load();
    answer = lookup(word, [known.given, known.family]);
    // Bounded: a long session must not grow it without end.
    if (answers.size >= 10_000) answers.clear();
    answers.set(word, answer);
  }
  return answer;
}
