// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { Dialog } from './Dialog';

let host: HTMLElement;
let shadow: ShadowRoot;
let onClose: Mock<() => void>;

/** The overlay renders into a shadow root; so does this test. */
function show(children: preact.ComponentChildren) {
  act(() => {
    render(<Dialog id="test" title="Ihr Vorschlag" onClose={onClose}>{children}</Dialog>, shadow);
  });
}

const focused = () => shadow.activeElement;
const byId = (id: string) => shadow.getElementById(id) as HTMLElement;

function press(key: string, options: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...options });
  (focused() ?? shadow.querySelector('section'))!.dispatchEvent(event);
  return event;
}

beforeEach(() => {
  host = document.createElement('mitgestalten-overlay');
  document.body.innerHTML = '<button id="page-button">Seite</button>';
  document.documentElement.append(host);
  shadow = host.attachShadow({ mode: 'open' });
  onClose = vi.fn<() => void>();
});

afterEach(() => {
  act(() => render(null, shadow));
  host.remove();
});

describe('a dialog of the overlay', () => {
  it('is a modal dialog named by its heading', () => {
    show(<button>Weiter</button>);
    const dialog = shadow.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(shadow.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Ihr Vorschlag');
  });

  it('moves focus to the element marked for it when it opens', () => {
    show(
      <>
        <button id="first">Zurück</button>
        <textarea id="problem" data-autofocus />
      </>,
    );
    expect(focused()).toBe(byId('problem'));
  });

  it('moves focus to its heading when nothing is marked, so a screen reader reads where the person is', () => {
    show(<button id="only">Schließen</button>);
    expect(focused()?.tagName).toBe('H2');
  });

  it('moves focus to its heading when the marked control is disabled for the moment', () => {
    show(
      <>
        <button id="save" data-autofocus disabled>Vorschlag speichern</button>
        <button id="back">Zurück und ändern</button>
      </>,
    );
    expect(focused()?.tagName).toBe('H2');
  });

  it('keeps Tab inside: from the last control to the first, and Shift+Tab from the first to the last', () => {
    show(
      <>
        <button id="first" data-autofocus>Auf der Seite zeigen</button>
        <select id="middle"><option>Deutsch</option></select>
        <button id="last">Schließen</button>
      </>,
    );
    byId('last').focus();
    expect(press('Tab').defaultPrevented).toBe(true);
    expect(focused()).toBe(byId('first'));
    expect(press('Tab', { shiftKey: true }).defaultPrevented).toBe(true);
    expect(focused()).toBe(byId('last'));
  });

  it('lets Tab move normally between controls in the middle', () => {
    show(
      <>
        <button id="first" data-autofocus>Eins</button>
        <button id="last">Zwei</button>
      </>,
    );
    expect(press('Tab').defaultPrevented).toBe(false);
  });

  it('keeps Shift+Tab inside when the heading has focus', () => {
    show(
      <>
        <button id="first">Diese Seite</button>
        <button id="last">Schließen</button>
      </>,
    );
    expect(focused()?.tagName).toBe('H2');
    press('Tab', { shiftKey: true });
    expect(focused()).toBe(byId('last'));
  });

  it('skips disabled controls when wrapping around', () => {
    show(
      <>
        <button id="first" data-autofocus>Vorschlag speichern</button>
        <button id="last">Zurück</button>
        <button id="disabled" disabled>Senden</button>
      </>,
    );
    byId('last').focus();
    press('Tab');
    expect(focused()).toBe(byId('first'));
  });

  it('closes on Escape', () => {
    show(<button data-autofocus>Weiter</button>);
    const event = press('Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });
});
