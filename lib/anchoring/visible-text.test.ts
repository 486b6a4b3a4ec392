// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractVisibleText, offsetOfPoint, rangeFromOffsets } from './visible-text';

describe('extractVisibleText', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads only what is rendered: no scripts, styles, templates, hidden or display:none parts', () => {
    document.body.innerHTML = `
      <p>Sichtbar</p><script>var geheim = 1;</script><style>p { color: red }</style>
      <template><p>Vorlage</p></template><noscript>Ohne Skript</noscript>
      <p hidden>Versteckt</p><p style="display: none">Ausgeblendet</p>
      <p style="visibility: hidden">Unsichtbar <span style="visibility: visible">wieder da</span></p>
      <p aria-hidden="true">Für Screenreader verborgen, aber zu sehen</p>`;
    expect(extractVisibleText(document).text).toBe('Sichtbar wieder da Für Screenreader verborgen, aber zu sehen');
  });

  it('never reads what a person typed: textarea, select, contenteditable, input values', () => {
    document.body.innerHTML = `
      <label>Beschreibung <textarea>Mein Einkommen ist 450 Euro</textarea></label>
      <select><option>Frau</option></select><div contenteditable="true">Notiz</div>
      <input value="Erika Mustermann"><button>Weiter</button>`;
    const visible = extractVisibleText(document);
    expect(visible.text).toBe('Beschreibung Weiter');
    expect(visible.controls.map((c) => c.tagName)).toEqual(['TEXTAREA', 'SELECT', 'INPUT', 'BUTTON']);
  });

  it('folds whitespace and keeps words of neighbouring blocks apart', () => {
    document.body.innerHTML = '<div>Betrag\n\n   in   Euro</div><div>Weiter</div><span>Zu</span><b>sammen</b>';
    expect(extractVisibleText(document).text).toBe('Betrag in Euro Weiter Zusammen');
  });

  it('maps text offsets to a DOM range and back, across element boundaries', () => {
    document.body.innerHTML = '<p>Pflichtfelder sind mit einem  Sternchen (<span>*</span>) gekennzeichnet.</p>';
    const visible = extractVisibleText(document);
    const start = visible.text.indexOf('Sternchen');
    const end = visible.text.indexOf('gekennzeichnet') + 'gekennzeichnet'.length;
    const range = rangeFromOffsets(visible, start, end)!;
    expect(range.toString()).toBe('Sternchen (*) gekennzeichnet');
    expect(offsetOfPoint(visible, range.startContainer, range.startOffset)).toBe(start);
    expect(offsetOfPoint(visible, range.endContainer, range.endOffset)).toBe(end);
  });

  it('gives an empty text for an empty page', () => {
    expect(extractVisibleText(document)).toMatchObject({ text: '', nodes: [] });
  });
});
