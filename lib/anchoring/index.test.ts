// @vitest-environment happy-dom
import { beforeEach, describe as group, expect, it } from 'vitest';
import { AnnotationTarget } from '../model';
import { anchor, anchorAll, describe } from './index';

const FORM = `
  <main>
    <h1>Antrag auf Bürgergeld</h1>
    <form id="antrag">
      <fieldset><legend>Einkommen</legend>
        <p>Bitte geben Sie alle Einnahmen des letzten Monats an.</p>
        <label for="ek-betrag">Betrag</label><input id="ek-betrag" name="einkommen.betrag" type="number">
      </fieldset>
      <fieldset><legend>Vermögen</legend>
        <p>Bitte geben Sie alle Einnahmen des letzten Monats an.</p>
        <label for="vm-betrag">Betrag</label><input id="vm-betrag" name="vermoegen.betrag" type="number">
      </fieldset>
      <label>Vorname <input name="vorname"></label>
    </form>
  </main>`;

function textRange(container: Element, quote: string): Range {
  const node = [container, ...container.querySelectorAll('*')].flatMap((el) => [...el.childNodes]).find((n) => n.nodeType === 3 && (n as Text).data.includes(quote)) as Text;
  const range = document.createRange();
  const at = node.data.indexOf(quote);
  range.setStart(node, at);
  range.setEnd(node, at + quote.length);
  return range;
}

group('describe and anchor', () => {
  beforeEach(() => {
    document.body.innerHTML = FORM;
  });

  it('describes a field by label and legend, valid under the model schema', () => {
    const target = describe(document.getElementById('vm-betrag')!);
    expect(AnnotationTarget.parse(target)).toEqual(target);
    expect(target.kind).toBe('field');
    expect(target.label).toBe('Betrag');
    expect(target.selectors[0]).toMatchObject({ type: 'FieldSelector', label: 'Betrag', legends: ['Vermögen'], controlType: 'number' });
  });

  it('finds a field again after its id was renamed', () => {
    const target = describe(document.getElementById('vm-betrag')!);
    document.getElementById('vm-betrag')!.id = 'neu';
    document.querySelector('label[for="vm-betrag"]')!.setAttribute('for', 'neu');
    expect(anchor(target)?.element).toBe(document.getElementById('neu'));
  });

  it('keeps two "Betrag" fields in different fieldsets apart, and returns null when one is gone', () => {
    const target = describe(document.getElementById('ek-betrag')!);
    expect(anchor(target)?.element?.id).toBe('ek-betrag');
    document.querySelector('fieldset')!.remove();
    expect(anchor(target)).toBeNull();
  });

  it('describes and finds a sentence by its quote, the right copy of repeated text', () => {
    const second = document.querySelectorAll('fieldset p')[1]!;
    const target = describe(textRange(second, 'alle Einnahmen'));
    expect(target.kind).toBe('text');
    const match = anchor(target);
    expect(match?.range?.toString()).toBe('alle Einnahmen');
    expect(second.contains(match!.range!.startContainer)).toBe(true);
  });

  it('anchors a batch in the order given', () => {
    const targets = [describe(document.getElementById('ek-betrag')!), describe(document.querySelector('input[name=vorname]')!)];
    expect(anchorAll(targets).map((m) => m?.element?.getAttribute('name'))).toEqual(['einkommen.betrag', 'vorname']);
  });

  it('never stores what a person typed', () => {
    const input = document.querySelector<HTMLInputElement>('input[name=vorname]')!;
    input.value = 'Erika Mustermann';
    expect(JSON.stringify(describe(input))).not.toContain('Erika');
  });
});

group('targets written by other tools, and elements', () => {
  beforeEach(() => {
    document.body.innerHTML = `<main><h2>Wohnen und Heizkosten</h2><p>Die Kaltmiete steht im Mietvertrag.</p>
      <ol><li>Antrag stellen</li><li>Nachweise hochladen</li><li>Bescheid abwarten</li></ol></main>`;
  });

  it('anchors a Hypothesis export: quote and position, with a RangeSelector it does not know', () => {
    const exported = {
      kind: 'text',
      selectors: [
        { type: 'RangeSelector', startContainer: '/main[1]/p[1]', startOffset: 4, endContainer: '/main[1]/p[1]', endOffset: 14 },
        { type: 'TextPositionSelector', start: 27, end: 37 },
        { type: 'TextQuoteSelector', exact: 'Kaltmiete', prefix: 'Heizkosten\n Die ', suffix: ' steht im' },
      ],
    } as unknown as AnnotationTarget;
    const match = anchor(exported);
    expect(match?.range?.toString()).toBe('Kaltmiete');
    expect(match?.via).toBe('TextQuoteSelector');
  });

  it('describes a list item as an element with its wording, and finds it after the list was reordered', () => {
    const item = document.querySelectorAll('li')[1]!;
    const target = describe(item);
    expect(target.kind).toBe('element');
    expect(target.selectors.map((s) => s.type)).toEqual(['CssSelector', 'XPathSelector', 'TextQuoteSelector', 'TextPositionSelector']);
    const list = document.querySelector('ol')!;
    list.prepend(item);
    expect(anchor(target)?.element).toBe(item);
    item.remove();
    expect(anchor(target)).toBeNull();
  });

  it('finds an edited heading among many lower-case mentions of its old wording, after text was added above it', () => {
    const mentions = Array.from({ length: 20 }, (_, i) => `<p>Fall ${i}: Angaben zu einkommen aus erwerbstätigkeit im Monat ${i}.</p>`).join('');
    document.body.innerHTML = `<main>${mentions}<h2>Einkommen aus Erwerbstätigkeit</h2><p>Bitte alles angeben.</p></main>`;
    const heading = document.querySelector('h2')!;
    const target = describe(heading);
    heading.textContent = 'Einkommen aus Ihrer Erwerbstätigkeit';
    document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<p>Neu: ein Absatz am Anfang, der alles Folgende verschiebt.</p>');
    expect(anchor(target)?.element).toBe(heading);
  });

  it('trusts a bare CSS path only a little', () => {
    expect(anchor({ kind: 'element', selectors: [{ type: 'CssSelector', value: 'main > h2' }] })).toMatchObject({ confidence: 0.5, via: 'CssSelector' });
  });

  it('describes the whole page as a page target, which is always there', () => {
    const target = describe(document.body);
    expect(target).toEqual({ kind: 'page', selectors: [] });
    expect(anchor(target)).toMatchObject({ element: document.body, confidence: 1, via: 'page' });
  });
});

group('identical lines elsewhere: a passage stays with its field and its section', () => {
  const HINT = 'Bitte geben Sie den Betrag in Euro an.';
  const field = (id: string, label: string) =>
    `<div class="field"><label for="${id}">${label}</label><span class="hint">${HINT}</span><input id="${id}" type="number"></div>`;
  const COSTS = `<main><section id="wohnen"><h2>Kosten der Unterkunft</h2><fieldset><legend>Ihre Kosten</legend>
    ${field('kalt', 'Kaltmiete')}${field('neben', 'Nebenkosten')}${field('heiz', 'Heizkosten')}
    <fieldset><legend>Zahlen Sie die Heizung selbst?</legend>
      <input type="radio" id="ja" name="heizung"><label for="ja">Ja</label><input type="radio" id="nein" name="heizung"><label for="nein">Nein</label>
    </fieldset></fieldset></section></main>`;
  const hintOf = (id: string) => document.getElementById(id)!.parentElement!.querySelector('.hint')!;

  it('describes a passage with the path of its element and the field it belongs to', () => {
    document.body.innerHTML = COSTS;
    const target = describe(textRange(hintOf('neben'), 'den Betrag in Euro an.'));
    expect(target.selectors.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector', 'CssSelector', 'XPathSelector', 'FieldSelector']);
    expect(target.selectors[4]).toMatchObject({ label: 'Nebenkosten', legends: ['Ihre Kosten'] });
    expect(AnnotationTarget.parse(target)).toEqual(target);
  });

  it('finds the hint of a field that moved, not the identical hint of the field now where it was', () => {
    document.body.innerHTML = COSTS;
    const hint = hintOf('neben');
    const target = describe(textRange(hint, 'den Betrag in Euro an.'));
    const moved = hint.parentElement!;
    moved.parentElement!.append(moved);
    expect(hint.contains(anchor(target)!.range!.startContainer)).toBe(true);
  });

  it('finds a hint with a word inserted in its field, and says "not found" once its field lost it', () => {
    document.body.innerHTML = COSTS;
    const hint = hintOf('neben');
    const target = describe(textRange(hint, 'den Betrag in Euro an.'));
    hint.textContent = 'Bitte geben Sie den Betrag bitte in Euro an.';
    expect(anchor(target)?.range?.toString()).toBe('den Betrag bitte in Euro an.');
    expect(hint.contains(anchor(target)!.range!.startContainer)).toBe(true);
    hint.remove();
    expect(anchor(target)).toBeNull();
  });

  it('keeps a message found when a second control joins the only one of its section', () => {
    document.body.innerHTML = `<main><section id="nachricht"><h2>Ihre Nachricht</h2><p>Bitte senden Sie uns die Lohnabrechnung für März.</p>
      <div class="field"><label for="antwort">Antwort</label><textarea id="antwort"></textarea></div></section></main>`;
    const paragraph = document.querySelector('#nachricht p')!;
    const target = describe(textRange(paragraph, 'die Lohnabrechnung für März'));
    paragraph.insertAdjacentHTML('beforebegin', '<p>Neu: Sie können auch antworten.</p>');
    document.querySelector('#nachricht .field')!.insertAdjacentHTML('afterend', '<div class="field"><label for="datei">Datei</label><input type="file" id="datei"></div>');
    expect(anchor(target)?.range?.toString()).toBe('die Lohnabrechnung für März');
  });

  it('finds an edited sentence in its own section after text was added above, not a copy in another', () => {
    const sentence = 'Bitte reichen Sie die Nachweise bis zum Monatsende ein.';
    const months = ['januar', 'februar', 'maerz', 'april'];
    document.body.innerHTML = `<main>${months.map((m) => `<section id="${m}"><h2>Einkommen im ${m}</h2><p>Für jeden Monat brauchen wir eine eigene Angabe. ${sentence} Danke.</p></section>`).join('')}</main>`;
    const paragraph = document.querySelector('#maerz p')!;
    const target = describe(textRange(paragraph, sentence));
    (paragraph.firstChild as Text).data = (paragraph.firstChild as Text).data.replace('Nachweise', 'Nachwiese');
    document.querySelector('main')!.insertAdjacentHTML('afterbegin', `<p>${'Neuer Hinweis zu Ihrem Antrag. '.repeat(30)}</p>`);
    const match = anchor(target);
    expect(match?.range?.toString()).toBe('Bitte reichen Sie die Nachwiese bis zum Monatsende ein.');
    expect(paragraph.contains(match!.range!.startContainer)).toBe(true);
  });
});
