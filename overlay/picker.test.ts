// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { pickableAt, startPicker, type PickerCallbacks } from './picker';

const PAGE = `
  <main>
    <p id="intro">Bitte füllen Sie <em id="emphasis">alle</em> Felder aus.</p>
    <label for="kaltmiete">Kaltmiete <span id="star" aria-hidden="true">*</span></label>
    <input id="kaltmiete" name="kaltmiete">
    <label id="wrapping">Vorname <input id="vorname" name="vorname"></label>
    <ul><li id="item"><span id="in-item">Nachweis über die Miete</span></li></ul>
    <div id="plain"><span id="loose">lose</span></div>
    <button id="submit" type="submit">Absenden</button>
    <div id="own"><button id="own-button">Abbrechen (Esc)</button></div>
  </main>`;

const byId = (id: string) => document.getElementById(id)!;

describe('what a person means when pointing', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it('takes the field a label belongs to, also from inside the label', () => {
    expect(pickableAt(byId('star'))).toBe(byId('kaltmiete'));
    expect(pickableAt(document.querySelector('label[for="kaltmiete"]'))).toBe(byId('kaltmiete'));
    expect(pickableAt(byId('wrapping'))).toBe(byId('vorname'));
  });

  it('takes the field itself', () => {
    expect(pickableAt(byId('kaltmiete'))).toBe(byId('kaltmiete'));
  });

  it('takes the block around a piece of text: the paragraph, the list item', () => {
    expect(pickableAt(byId('emphasis'))).toBe(byId('intro'));
    expect(pickableAt(byId('in-item'))).toBe(byId('item'));
  });

  it('takes nothing where there is no sensible block, or no element', () => {
    expect(pickableAt(byId('loose'))).toBeNull();
    expect(pickableAt(document.createTextNode('x'))).toBeNull();
    expect(pickableAt(null)).toBeNull();
  });
});

describe('pointing mode on the page', () => {
  let callbacks: {
    onHover: Mock<PickerCallbacks['onHover']>;
    onPickElement: Mock<PickerCallbacks['onPickElement']>;
    onPickText: Mock<PickerCallbacks['onPickText']>;
    onCancel: Mock<PickerCallbacks['onCancel']>;
    isOwnNode: PickerCallbacks['isOwnNode'];
  };
  let stop: () => void;
  let pageClicks: number;
  const countPageClick = () => pageClicks++;

  beforeEach(() => {
    document.body.innerHTML = PAGE;
    pageClicks = 0;
    // The page's own handlers: a click while pointing must not reach them.
    document.addEventListener('click', countPageClick);
    callbacks = {
      onHover: vi.fn<PickerCallbacks['onHover']>(),
      onPickElement: vi.fn<PickerCallbacks['onPickElement']>(),
      onPickText: vi.fn<PickerCallbacks['onPickText']>(),
      onCancel: vi.fn<PickerCallbacks['onCancel']>(),
      isOwnNode: (node) => node instanceof Element && node.id === 'own',
    };
    stop = startPicker(document, callbacks);
  });

  afterEach(() => {
    stop();
    document.removeEventListener('click', countPageClick);
    document.getSelection()?.removeAllRanges();
  });

  const click = (element: Element) => {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    element.dispatchEvent(event);
    return event;
  };

  it('picks the field under a click on its label, and swallows the click', () => {
    const event = click(byId('star'));
    expect(callbacks.onPickElement).toHaveBeenCalledWith(byId('kaltmiete'));
    expect(event.defaultPrevented).toBe(true);
    expect(pageClicks).toBe(0);
  });

  it('does not press the page’s buttons while pointing', () => {
    const submit = vi.fn();
    byId('submit').addEventListener('click', submit);
    const event = click(byId('submit'));
    expect(submit).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(true);
  });

  it('picks the selected sentence rather than the block when text is selected', () => {
    const text = byId('intro').firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 'Bitte füllen Sie'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    click(byId('intro'));
    expect(callbacks.onPickElement).not.toHaveBeenCalled();
    expect(callbacks.onPickText).toHaveBeenCalledTimes(1);
    expect(callbacks.onPickText.mock.calls[0]![0].toString()).toBe('Bitte füllen Sie');
  });

  it('leaves clicks on the overlay itself alone', () => {
    const event = click(byId('own-button'));
    expect(event.defaultPrevented).toBe(false);
    expect(callbacks.onPickElement).not.toHaveBeenCalled();
  });

  it('highlights what is under the pointer, once per change', () => {
    byId('emphasis').dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    byId('intro').dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    byId('star').dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    expect(callbacks.onHover.mock.calls).toEqual([[byId('intro')], [byId('kaltmiete')]]);
  });

  it('ends on Escape', () => {
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    byId('kaltmiete').dispatchEvent(event);
    expect(callbacks.onCancel).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('gives the page its clicks back once stopped, and clears the highlight', () => {
    stop();
    expect(callbacks.onHover).toHaveBeenLastCalledWith(null);
    const event = click(byId('submit'));
    expect(event.defaultPrevented).toBe(false);
    expect(pageClicks).toBe(1);
    expect(callbacks.onPickElement).not.toHaveBeenCalled();
    stop = () => {};
  });
});
