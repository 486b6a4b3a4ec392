// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { describe as describeTarget } from '../lib/anchoring';
import { filterTargets } from './filter-targets';
import { listPageTargets } from './page-targets';

const PAGE = `
  <h1>Antrag auf Bürgergeld</h1>
  <nav><ol><li><a href="/wohnen" aria-current="step">3 Wohnen und Heizkosten</a></li></ol></nav>
  <form>
    <fieldset>
      <legend>Kosten der Unterkunft</legend>
      <label for="kaltmiete">Kaltmiete <span aria-hidden="true">*</span></label>
      <input id="kaltmiete" name="kaltmiete">
      <label for="heizkosten">Heizkosten</label>
      <input id="heizkosten" name="heizkosten">
      <input type="hidden" name="token" value="x">
    </fieldset>
    <fieldset>
      <legend>Wie wohnen Sie?</legend>
      <input type="radio" id="miete" name="wohnform" value="miete"><label for="miete">in einer Mietwohnung</label>
      <input type="radio" id="eigentum" name="wohnform" value="eigentum"><label for="eigentum">im eigenen Haus</label>
    </fieldset>
    <label for="gebuehr">Gebühr für den Müll</label>
    <select id="gebuehr" name="gebuehr"><option>ja</option></select>
    <label for="bemerkung">Bemerkungen</label>
    <textarea id="bemerkung" name="bemerkung"></textarea>
    <input type="submit" value="Weiter">
    <button type="button">Zurück</button>
  </form>
  <div id="own"><h2>Unser Overlay</h2><input aria-label="Suchen"></div>`;

const notOwn = (element: Element) => element.closest('#own') !== null;

describe('the list of what a person can make a suggestion about', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it('names fields and sections by their visible labels, in page order', () => {
    const targets = listPageTargets(document, notOwn);
    expect(targets.map(({ group, target }) => [group, target.label])).toEqual([
      ['section', 'Antrag auf Bürgergeld'],
      ['section', expect.stringContaining('Wohnen und Heizkosten')],
      ['section', 'Kosten der Unterkunft'],
      ['field', 'Kaltmiete'],
      ['field', 'Heizkosten'],
      // The radio group is listed once, as a field named by its question alone.
      ['field', 'Wie wohnen Sie?'],
      ['field', 'Gebühr für den Müll'],
      ['field', 'Bemerkungen'],
    ]);
  });

  it('offers a group of radio buttons once, by its question, not each answer', () => {
    const radios = listPageTargets(document, notOwn).filter(({ element }) => element.querySelector('input[type="radio"]'));
    expect(radios).toHaveLength(1);
    expect(radios[0]!.element.tagName).toBe('FIELDSET');
  });

  it('leaves out hidden inputs, buttons and the overlay’s own controls', () => {
    const elements = listPageTargets(document, notOwn).map(({ element }) => element);
    expect(elements).not.toContain(document.querySelector('input[type="hidden"]'));
    expect(elements).not.toContain(document.querySelector('input[type="submit"]'));
    expect(elements.some((element) => element.closest('#own'))).toBe(false);
  });

  it('gives each entry the target that describing it alone would give', () => {
    for (const { element, target } of listPageTargets(document, notOwn)) {
      const alone = describeTarget(element, document);
      expect(target.selectors).toEqual(alone.selectors);
    }
  });

  it('gives each field a target that anchoring can store: kind "field" with the label', () => {
    const kaltmiete = listPageTargets(document, notOwn).find(({ element }) => element.id === 'kaltmiete')!;
    expect(kaltmiete.target.kind).toBe('field');
    expect(kaltmiete.target.selectors.some((selector) => selector.type === 'FieldSelector')).toBe(true);
  });
});

describe('narrowing the list down by typing', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });
  const labels = (query: string) => filterTargets(listPageTargets(document, notOwn), query).map(({ target }) => target.label);

  it('finds a word inside a label, whatever the case', () => {
    expect(labels('MIETE')).toEqual([expect.stringMatching(/^Kaltmiete/)]);
  });

  it('ignores accents and umlauts, as people type without them on a phone', () => {
    expect(labels('gebuhr')).toEqual(['Gebühr für den Müll']);
    expect(labels('Müll')).toEqual(['Gebühr für den Müll']);
  });

  it('needs every word, in any order', () => {
    expect(labels('unterkunft kosten')).toEqual(['Kosten der Unterkunft']);
    expect(labels('kosten garage')).toEqual([]);
  });

  it('keeps everything for an empty or blank query', () => {
    expect(labels('   ')).toHaveLength(listPageTargets(document, notOwn).length);
  });
});
