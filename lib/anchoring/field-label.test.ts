// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { controlOf } from './control';
import { describe as describeTarget } from './describe';
import { labelKey, LabelIndex, labelOfField } from './field-label';

function info(html: string, selector: string) {
  document.body.innerHTML = html;
  return new LabelIndex(document).info(document.querySelector(selector)!);
}

describe('what a person sees of a field', () => {
  it('names the field a person was in as describing it would, without reading the rest of the page', () => {
    document.body.innerHTML = `<p>Bitte ausfüllen.</p><label for="a">Vorname <span aria-hidden="true">*</span></label><input id="a">
      <label>Anrede <select><option>Frau</option></select></label><label for="l">${'Sehr lange Beschriftung '.repeat(20)}</label><textarea id="l"></textarea>
      <input id="none"><p id="text">Nur Text</p>`;
    for (const selector of ['#a', 'select', '#l', '#none', '#text']) {
      const element = document.querySelector(selector)!;
      expect(labelOfField(element, document), selector).toBe(describeTarget(element, document).kind === 'field' ? describeTarget(element, document).label : undefined);
    }
    expect(labelOfField(document.querySelector('#a')!, document)).toBe('Vorname');
  });

  it('reads the label from label[for], a wrapping label, aria-labelledby, aria-label or placeholder', () => {
    expect(info('<label for="a">Vorname <span>*</span></label><input id="a">', '#a').label).toBe('Vorname *');
    expect(info('<label>Nachname <input name="n"></label>', 'input').label).toBe('Nachname');
    expect(info('<h3 id="t">Ihre Anmerkungen</h3><textarea aria-labelledby="t"></textarea>', 'textarea').label).toBe('Ihre Anmerkungen');
    expect(info('<input aria-label="Suche">', 'input').label).toBe('Suche');
    expect(info('<input placeholder="PLZ">', 'input').label).toBe('PLZ');
    expect(info('<button type="button">Weiter</button>', 'button')).toMatchObject({ label: 'Weiter', controlType: 'button' });
  });

  it('leaves out the decoration of required fields that is hidden from screen readers', () => {
    expect(info('<label for="a">Vorname <span aria-hidden="true">*</span></label><input id="a" required>', '#a').label).toBe('Vorname');
  });

  it('does not take the option texts of a select into its label', () => {
    expect(info('<label>Anrede <select><option>Frau</option><option>Herr</option></select></label>', 'select').label).toBe('Anrede');
  });

  it('names the groups around a field, outermost first: fieldset legends, named sections and radio groups', () => {
    const html = `<section aria-labelledby="s"><h2 id="s">Einkommen</h2>
      <fieldset><legend>Einkommen aus Erwerbstätigkeit</legend>
        <div role="radiogroup" aria-label="Lohn seit"><input type="radio" id="r"><label for="r">Ja</label></div>
      </fieldset></section>`;
    expect(info(html, '#r')).toMatchObject({ legends: ['Einkommen', 'Einkommen aus Erwerbstätigkeit', 'Lohn seit'], controlType: 'radio', label: 'Ja' });
  });

  it('never reads a value', () => {
    document.body.innerHTML = '<label for="v">Vorname</label><input id="v" name="vorname">';
    const input = document.querySelector('input')!;
    input.value = 'Erika';
    expect(JSON.stringify(new LabelIndex(document).info(input), (key, value) => (key === 'element' ? undefined : value))).not.toContain('Erika');
  });

  it('finds the control meant when a label or text in it is pointed at', () => {
    document.body.innerHTML = '<label for="x"><span>Betrag</span></label><input id="x"><label class="c"><input type="checkbox"> <span>Gelesen</span></label>';
    expect(controlOf(document.querySelector('label span')!)).toBe(document.getElementById('x'));
    expect(controlOf(document.querySelector('.c span')!)).toBe(document.querySelector('.c input'));
    expect(controlOf(document.querySelector('input[type=hidden]') ?? document.body)).toBeNull();
  });

  it('compares labels without case, required markers and colons', () => {
    expect(labelKey('Vorname: *')).toBe(labelKey('vorname'));
    expect(labelKey('Telefon (freiwillig)')).toBe('telefon');
  });
});
