/**
 * A generated, form-like page of about 1 MB for the anchoring benchmark: many groups of fields for
 * several household members and months, with the repetitive wording real Jobcenter forms have
 * (the same hints and sentences again and again), which is what makes anchoring hard.
 * Deterministic: the same seed gives the same page.
 */
import { seededRandom } from './seeded-random';

export interface GeneratedPage {
  html: string;
  /** Number of text blocks (elements with `data-k`), each a single text node. */
  texts: number;
  /** Number of controls (elements with `data-f`). */
  fields: number;
}

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const PEOPLE = ['antragstellende Person', 'Partnerin oder Partner', 'Kind 1', 'Kind 2', 'Kind 3', 'weitere Person'];

const TOPICS: Array<{ title: string; labels: string[] }> = [
  { title: 'Einkommen aus Erwerbstätigkeit', labels: ['Name des Arbeitgebers', 'Betrag', 'Brutto', 'Netto', 'Beschäftigt seit', 'Wie oft bekommen Sie Lohn?'] },
  { title: 'Einkommen aus Minijob', labels: ['Betrag', 'Arbeitsstunden pro Woche', 'Name des Arbeitgebers', 'Beschäftigt seit'] },
  { title: 'Bankguthaben', labels: ['Name der Bank', 'Betrag', 'Kontostand vom', 'Art des Kontos'] },
  { title: 'Kosten der Unterkunft', labels: ['Kaltmiete', 'Nebenkosten', 'Heizkosten', 'Betrag', 'Fällig am'] },
  { title: 'Weitere Einnahmen', labels: ['Kindergeld', 'Unterhalt', 'Betrag', 'Rente', 'Wohngeld'] },
  { title: 'Krankenversicherung', labels: ['Name der Krankenkasse', 'Versichert seit', 'Art der Versicherung'] },
  { title: 'Fahrzeuge', labels: ['Art des Fahrzeugs', 'Wert des Fahrzeugs', 'Betrag', 'Baujahr'] },
];

const HINTS = [
  'Bitte geben Sie den Betrag in Euro an.',
  'Den Betrag finden Sie auf Ihrer Lohnabrechnung.',
  'Tag, Monat und Jahr, zum Beispiel 31.01.2025.',
  'Nur ausfüllen, wenn sich etwas geändert hat.',
  'Bitte fügen Sie einen Nachweis bei.',
  'Wenn Sie es nicht genau wissen, schätzen Sie bitte.',
  'Steht im Mietvertrag oder in der letzten Abrechnung.',
  'Freiwillig. Wir fragen nach, wenn etwas fehlt.',
];

const SENTENCES = [
  'Bitte geben Sie alle Einnahmen an, die Sie in diesem Monat bekommen haben.',
  'Auch kleine Beträge zählen, zum Beispiel aus einem Minijob oder aus Trinkgeld.',
  'Wenn Sie unsicher sind, fragen Sie bitte Ihre Ansprechperson im Jobcenter.',
  'Nachweise können Sie im Postfach hochladen oder per Post schicken.',
  'Das Jobcenter braucht diese Angaben, um Ihren Anspruch richtig zu berechnen.',
  'Teilen Sie Änderungen bitte sofort mit, damit Sie später nichts zurückzahlen müssen.',
  'Angaben zu Kindern unter 25 Jahren gehören ebenfalls in diesen Abschnitt.',
  'Die Frist für die Unterlagen finden Sie in unserem Schreiben.',
  'Für jeden Monat brauchen wir eine eigene Angabe.',
  'Wer falsche Angaben macht, muss zu viel gezahltes Geld zurückzahlen.',
  'Ihre Angaben werden vertraulich behandelt und nur für diesen Antrag genutzt.',
  'Bitte prüfen Sie Ihre Angaben, bevor Sie weitergehen.',
];

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

export function generateFormPage(targetBytes = 1_000_000, seed = 42): GeneratedPage {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const parts: string[] = ['<main><h1>Weiterbewilligungsantrag – alle Angaben</h1>'];
  let size = 0;
  let k = 0;
  let f = 0;
  let block = 0;
  const text = (tag: string, content: string, attrs = '') => `<${tag}${attrs} data-k="${k++}">${escape(content)}</${tag}>`;
  while (size < targetBytes) {
    const person = PEOPLE[block % PEOPLE.length]!;
    const monthIndex = Math.floor(block / PEOPLE.length);
    // Month and year: no two groups of a real form carry the same legend.
    const month = `${MONTHS[monthIndex % MONTHS.length]!} ${2020 + Math.floor(monthIndex / MONTHS.length)}`;
    const topic = TOPICS[Math.floor(block / 3) % TOPICS.length]!;
    const html: string[] = [`<section class="step" id="abschnitt-${block}"><h2>${escape(`${topic.title}: ${person}, ${month}`)}</h2>`];
    const sentences = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(SENTENCES));
    if (next() < 0.3) sentences.push(`Bitte reichen Sie die Nachweise bis zum ${1 + Math.floor(next() * 28)}. ${month} ein.`);
    html.push(text('p', sentences.join(' ')));
    html.push(`<fieldset class="box"><legend>${escape(`${topic.title} (${person}, ${month})`)}</legend>`);
    for (const label of topic.labels) {
      const id = `feld-${block}-${f}`;
      const type = /Betrag|Miete|kosten|Wert|geld|Rente|Unterhalt/.test(label) ? 'number' : /seit|vom|am$/.test(label) ? 'date' : 'text';
      html.push(
        `<div class="field"><label for="${id}">${escape(label)}</label>` +
          (next() < 0.7 ? text('span', pick(HINTS), ' class="hint"') : '') +
          `<input type="${type}" id="${id}" name="${id.replace(/-/g, '_')}" data-f="${f++}"></div>`,
      );
    }
    const question = `Hat sich bei ${person} im ${month} etwas geändert?`;
    html.push(`<fieldset role="radiogroup"><legend>${escape(question)}</legend>`);
    for (const answer of ['Ja', 'Nein']) {
      const id = `feld-${block}-${f}`;
      html.push(`<div class="choice"><input type="radio" id="${id}" name="frage_${block}" value="${answer}" data-f="${f++}"><label for="${id}">${answer}</label></div>`);
    }
    html.push('</fieldset></fieldset>');
    if (next() < 0.5) html.push(text('p', pick(SENTENCES) + ' ' + pick(SENTENCES)));
    html.push('</section>');
    const chunk = html.join('\n');
    size += chunk.length;
    parts.push(chunk);
    block++;
  }
  parts.push('</main>');
  return { html: parts.join('\n'), texts: k, fields: f };
}

/**
 * A long form with exactly `fields` controls, for the list of fields: steps with a heading, groups
 * with a legend, labelled inputs (most with a hint), a select and a yes/no question per group.
 * Deterministic, like generateFormPage.
 */
export function generateFieldForm(fields: number, seed = 5): string {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const parts: string[] = ['<main><h1>Weiterbewilligungsantrag</h1><form id="antrag">'];
  let count = 0;
  for (let group = 0; count < fields; group++) {
    const topic = TOPICS[group % TOPICS.length]!;
    const person = PEOPLE[group % PEOPLE.length]!;
    const month = `${MONTHS[group % MONTHS.length]!} ${2020 + Math.floor(group / MONTHS.length)}`;
    if (group % 3 === 0) parts.push(`<h2>${escape(`Schritt ${group / 3 + 1}: ${topic.title}`)}</h2>`);
    parts.push(`<fieldset><legend>${escape(`${topic.title} (${person}, ${month})`)}</legend>`);
    for (const label of topic.labels) {
      if (count === fields) break;
      const id = `f${count++}`;
      const hint = next() < 0.7 ? `<span class="hint">${escape(pick(HINTS))}</span>` : '';
      parts.push(`<div class="field"><label for="${id}">${escape(label)}</label>${hint}<input type="text" id="${id}" name="${id}"></div>`);
    }
    if (count < fields) {
      const id = `f${count++}`;
      parts.push(`<div class="field"><label for="${id}">Nachweis</label><select id="${id}" name="${id}"><option>liegt bei</option><option>kommt später</option></select></div>`);
    }
    if (count + 2 <= fields) {
      parts.push(`<fieldset role="radiogroup"><legend>${escape(`Hat sich bei ${person} im ${month} etwas geändert?`)}</legend>`);
      for (const answer of ['Ja', 'Nein']) {
        const id = `f${count++}`;
        parts.push(`<div class="choice"><input type="radio" id="${id}" name="frage-${group}" value="${answer}"><label for="${id}">${answer}</label></div>`);
      }
      parts.push('</fieldset>');
    }
    parts.push('</fieldset>');
  }
  parts.push('</form></main>');
  return parts.join('\n');
}
