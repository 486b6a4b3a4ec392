// Builds lib/privacy/name-knowledge.generated.ts: given names and family names common among the people
// Jobcenters serve, taken from the person-name lists of @faker-js/faker (MIT), folded
// (lib/privacy/name-fold.ts) and front-coded so the review's chunk stays small.
// Run after updating @faker-js/faker: `npx tsx scripts/build-name-lists.ts`. The output is committed, so a
// fresh clone needs nothing but `npm install` (faker is a devDependency used here only).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as faker from '@faker-js/faker';
import { foldName } from '../lib/privacy/name-fold';

/**
 * Given names from the locales of the people Jobcenters serve most: German (de_CH adds the older
 * generation: Sabine, Gerhard), Turkish, Arabic, Persian (also Dari), Ukrainian, Russian, Polish,
 * Balkan (the Croatian list; Serbian and Bosnian share most of its names), West African (Yoruba and
 * the other Nigerian lists). Family names only for Turkish, the largest group whose family names
 * follow a given name without a capital in many messages; elsewhere capitals mark a family name after
 * a given name, and Arabic and Persian ones are told by their form (the article "ال", the ending "ی").
 * The review's chunk has to stay under 40 KB gzip: English,
 * Serbian, Ghanaian, Azerbaijani, Uzbek, Romanian and the other family-name lists would push it over.
 */
const GIVEN_LOCALES = ['de', 'de_CH', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'hr', 'yo_NG', 'en_NG'];
/** Longer names are rare compounds; leaving them out keeps the lists small. */
const LONGEST = 10;
const FAMILY_LOCALES = ['tr'];

/**
 * Words in those lists that are far more often an ordinary word in one of our seven languages than a
 * name ("Winter", "Mai", Turkish "Ay" = moon, Arabic "سعيد" = happy, "أمل" = hope). A name cue still
 * finds a person called so ("Frau Winter"); only the knowledge that a bare word is a name leaves them out.
 */
const ORDINARY_WORDS = new Set(
  [
    // de
    'Winter', 'Sommer', 'Mai', 'April', 'August', 'Juli', 'Juni', 'Engel', 'Vogel', 'Stein', 'Berg', 'Kraft', 'Ernst', 'Klein', 'Lange', 'Jung',
    'Alt', 'Neu', 'Koch', 'Bauer', 'Wolf', 'Fuchs', 'Hahn', 'Baum', 'Kirch', 'Kirsch', 'Kunst', 'Haus', 'Hof', 'Wald', 'Feld', 'Wiese', 'Bach',
    'Brand', 'Licht', 'Fleisch', 'Lamm', 'Ochs', 'Bock', 'Reis', 'Sauer', 'Kurz', 'Hoch', 'Frei', 'Fromm', 'Gross', 'Groß', 'Heil', 'Recht',
    'Schild', 'Schrift', 'Schule', 'Weg', 'Will', 'Hart', 'Kind', 'Mann', 'Frau', 'Post', 'Ende', 'Heide', 'Rose', 'Christ', 'Bank', 'Zeit',
    'Amt', 'Arbeit', 'Antrag', 'Wohnung', 'Miete', 'Geld', 'Termin', 'Schritt', 'Seite', 'Name', 'Rat', 'Hilfe', 'Sonne', 'Mond', 'Stern',
    'Glück', 'Liebe', 'Hoffnung', 'Frieden', 'Kaiser', 'König', 'Graf', 'Herzog', 'Schwarz', 'Weiß', 'Braun', 'Roth', 'Grün', 'Blau',
    // en
    'May', 'June', 'Will', 'Mark', 'Bill', 'Grant', 'Hope', 'Faith', 'Joy', 'Rich', 'Young', 'Long', 'Best', 'Case', 'Step', 'Page', 'Field',
    'Form', 'Help', 'Post', 'Bank', 'Rent', 'Job', 'Home', 'House', 'Child', 'Son', 'Wife', 'Baby', 'Love', 'King', 'Price', 'Cash', 'Small',
    // tr
    'Ay', 'Deniz', 'Güneş', 'Yıldız', 'Bulut', 'Çiçek', 'Bahar', 'Umut', 'Sevgi', 'Barış', 'Doğan', 'Ekim', 'Kasım', 'Mart', 'Nisan', 'Ocak',
    'Şubat', 'Temmuz', 'Ağustos', 'Eylül', 'Aralık', 'Haziran', 'Mayıs', 'Can', 'Sevinç', 'Nur', 'Su', 'Ateş', 'Toprak', 'Dağ', 'Eşim',
    'Adım', 'Benim', 'Ben', 'Anne', 'Baba', 'Kız', 'Oğul', 'Abla', 'Ağabey', 'Kardeş', 'Yeni', 'Yardım', 'Form', 'Kira', 'Para', 'Ev',
    // uk, ru
    'Віра', 'Надія', 'Любов', 'Вера', 'Надежда', 'Любовь', 'Мир', 'Слава', 'Роза', 'Лілія', 'Лилия', 'Майя', 'Мая',
    // ar, fa
    'سعيد', 'سعيدة', 'أمل', 'امل', 'نور', 'طالب', 'جميل', 'لطيف', 'فرح', 'أمان', 'سلام', 'صباح', 'مساء', 'بشرى', 'ثابت', 'شكري', 'منير',
    'امید', 'شادی', 'بهار', 'آرزو', 'ایران', 'ماه', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند', 'خرداد', 'تیر', 'مرداد', 'شهریور',
    'روشن', 'نیک', 'پاک', 'آزاد', 'شاد', 'خوش', 'دانا', 'توانا', 'نوید', 'پیام', 'کار', 'خانم', 'آقا', 'مادر', 'پدر', 'همسر',
  ].map(foldName),
);

/** Every string in a faker definition, whether a list or a record of lists by sex. */
function strings(definition: unknown): string[] {
  if (typeof definition === 'string') return [definition];
  if (Array.isArray(definition)) return definition.flatMap(strings);
  if (definition && typeof definition === 'object') return Object.values(definition).flatMap(strings);
  return [];
}

function collect(locales: readonly string[], pick: (person: Record<string, unknown>) => unknown): string[] {
  const names = new Set<string>();
  for (const locale of locales) {
    const person = (faker as unknown as Record<string, { person?: Record<string, unknown> }>)[locale]?.person;
    if (!person) throw new Error(`@faker-js/faker has no person names for ${locale}`);
    for (const full of strings(pick(person))) {
      // A few entries hold two words ("آبان دخت", "Adam Perl"): each word is a name part of its own.
      for (const name of full.split(/[\s-]+/)) {
        const folded = foldName(name);
        if (folded.length >= 2 && folded.length <= LONGEST && !ORDINARY_WORDS.has(folded)) names.add(folded);
      }
    }
  }
  return [...names].sort();
}

/**
 * Front coding: each name is one character saying how many leading characters it shares with the one
 * before ('0' + n), then the rest. Names are folded to lower case, so the code characters ('0' … 'Z')
 * never occur inside a name.
 */
function frontCode(names: readonly string[]): string {
  let previous = '';
  let out = '';
  for (const name of names) {
    let shared = 0;
    while (shared < Math.min(name.length, previous.length, 42) && name[shared] === previous[shared]) shared++;
    out += String.fromCharCode(0x30 + shared) + name.slice(shared);
    previous = name;
  }
  return out;
}

const given = collect(GIVEN_LOCALES, (person) => person.first_name);
const family = collect(FAMILY_LOCALES, (person) => person.last_name);
const { version } = (await import('@faker-js/faker/package.json', { with: { type: 'json' } })).default as { version: string };

const output = `// Generated by scripts/build-name-lists.ts from @faker-js/faker ${version} (MIT). Do not edit.
// ${given.length} given names, ${family.length} family names, folded (name-fold.ts), front-coded.
export const GIVEN_NAMES = ${JSON.stringify(frontCode(given))};
export const FAMILY_NAMES = ${JSON.stringify(frontCode(family))};
`;
writeFileSync(fileURLToPath(new URL('../lib/privacy/name-knowledge.generated.ts', import.meta.url)), output);
console.log(`${given.length} given names, ${family.length} family names, ${output.length} characters`);
