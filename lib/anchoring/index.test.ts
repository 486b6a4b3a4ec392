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
