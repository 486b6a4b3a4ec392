// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { FieldSelector } from '../model';
import { LabelIndex } from './field-label';
import { FieldIndex, labelSimilarity } from './match-field';

function index(): FieldIndex {
  return new FieldIndex([...document.querySelectorAll('input, select, textarea')], new LabelIndex(document));
}

const betrag = (legend: string): FieldSelector => ({ type: 'FieldSelector', label: 'Betrag', legends: [legend], controlType: 'text' });

describe('labelSimilarity', () => {
  it('accepts small rewordings and added words, never a different number', () => {
    expect(labelSimilarity('strasse und hausnummer', 'strasse, hausnummer')).toBeGreaterThan(0.7);
    expect(labelSimilarity('ja', 'ihr ja')).toBeGreaterThanOrEqual(0.8);
    expect(labelSimilarity('kind 1', 'kind 2')).toBeLessThan(0.5);
    expect(labelSimilarity('einkommen', 'einkommen aus erwerbstätigkeit', false)).toBeLessThan(0.6);
  });
});

describe('FieldIndex.find', () => {
  it('keeps two "Betrag" fields in different groups apart', () => {
    document.body.innerHTML = `
      <fieldset><legend>Einkommen</legend><label for="a">Betrag</label><input id="a"></fieldset>
      <fieldset><legend>Vermögen</legend><label for="b">Betrag</label><input id="b"></fieldset>`;
    expect(index().find(betrag('Vermögen'))?.element.id).toBe('b');
    document.querySelector('fieldset')!.remove();
    expect(index().find(betrag('Einkommen'))).toBeNull();
  });

  it('does not take a look-alike from another group while the original group is still there', () => {
    document.body.innerHTML = `
      <fieldset><legend>Kind 1</legend><label for="a">Vorname</label><input id="a"></fieldset>
      <fieldset><legend>Kind 2</legend><label for="b">Vorname</label><input id="b"></fieldset>`;
    const selector: FieldSelector = { type: 'FieldSelector', label: 'Vorname', legends: ['Kind 2'], controlType: 'text' };
    expect(index().find(selector)?.element.id).toBe('b');
    document.getElementById('b')!.remove();
    expect(index().find(selector)).toBeNull();
  });

  it('tells identical fields apart by id, name or position, and refuses to guess otherwise', () => {
    document.body.innerHTML = '<label for="a">Betrag</label><input id="a"><label for="b">Betrag</label><input id="b">';
    const plain: FieldSelector = { type: 'FieldSelector', label: 'Betrag', legends: [], controlType: 'text' };
    expect(index().find({ ...plain, position: 1 })?.element.id).toBe('b');
    expect(index().find({ ...plain, id: 'a' })?.element.id).toBe('a');
    expect(index().find(plain)).toBeNull();
  });

  it('finds a field whose label gained a word, by its name when the id changed too', () => {
    document.body.innerHTML = '<label for="neu">Ihr Geburtsdatum</label><input id="neu" name="geburtsdatum" type="date">';
    expect(index().find({ type: 'FieldSelector', label: 'Geburtsdatum', legends: [], controlType: 'date', id: 'alt', name: 'geburtsdatum' })?.element.id).toBe('neu');
  });

  it('does not match a control of another kind', () => {
    document.body.innerHTML = '<label for="a">Bestätigung</label><input id="a" type="checkbox">';
    expect(index().find({ type: 'FieldSelector', label: 'Bestätigung', legends: [], controlType: 'text' })).toBeNull();
  });
});
