// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../lib/i18n/catalogues';
import { OptionsPage, type OptionsValues } from './OptionsPage';
import { ToolbarPopup } from './ToolbarPopup';

/** The popup's and the options page's views, given props only. */
let root: HTMLElement;
const t = translator('de');
const show = (view: preact.ComponentChild) => act(() => void render(view, root));
const noop = () => undefined;
const button = (name: string) => [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === name);

beforeEach(() => {
  root = document.createElement('main');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

const popupProps = {
  t,
  tally: { page: { saved: 1, unsent: 1, answered: 0 }, all: { saved: 5, unsent: 2, answered: 1 } },
  backlog: 'unreachable' as const,
  sending: false,
  result: '',
  triageUrl: 'chrome-extension://x/triage.html',
  boardUrl: 'https://backlog.example/board',
  onEnable: noop,
  onAnnotate: noop,
  onSend: noop,
  onOptions: noop,
};

describe('toolbar popup', () => {
  it('offers to turn Mitgestalten on where it does not run yet, naming the site', () => {
    const onEnable = vi.fn();
    show(<ToolbarPopup {...popupProps} site={{ kind: 'can-enable', site: 'fachverfahren.intern' }} onEnable={onEnable} />);
    act(() => button('Mitgestalten auf dieser Seite aktivieren')!.click());
    expect(onEnable).toHaveBeenCalledOnce();
    expect(root.textContent).toContain('fachverfahren.intern');
    expect(button('Verbesserung auf dieser Seite vorschlagen')).toBeUndefined();
  });

  it('shows this page and all suggestions side by side, and the connection in plain words', () => {
    show(<ToolbarPopup {...popupProps} site={{ kind: 'active' }} />);
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Gespeichert', '1', '5'],
      ['Noch nicht gesendet', '1', '2'],
      ['Beantwortet', '0', '1'],
    ]);
    expect(root.textContent).toContain('Der Backlog ist gerade nicht erreichbar.');
    expect(button('Jetzt senden')).toBeDefined();
  });
});

const values: OptionsValues = { endpoint: 'https://backlog.example', token: '', role: 'caseworker', language: '', sendingMode: 'automatic', sendIntervalMinutes: '15', retentionDays: '' };

describe('options page', () => {
  it('shows locked settings as set by IT and does not let them be changed', () => {
    show(
      <OptionsPage t={t} values={values} locked={new Set(['role', 'backlogEndpoint'])} sites={{ defaults: ['http://localhost/*'], policy: [], own: ['https://amt.example/*'] }}
        backlogMessage={undefined} settingsMessage={undefined} dataMessage={undefined} confirmingDelete={false} busy={false}
        onChange={noop} onSaveBacklog={noop} onSaveSettings={noop} onRemoveSite={noop} onExport={noop} onDeleteAll={noop} onConfirmDelete={noop} />,
    );
    expect(root.querySelector<HTMLSelectElement>('#role')!.disabled).toBe(true);
    expect(root.querySelector<HTMLInputElement>('#endpoint')!.readOnly).toBe(true);
    expect(root.querySelector('label[for="role"]')!.textContent).toContain('Von Ihrer IT festgelegt');
    expect(root.querySelector<HTMLSelectElement>('#language')!.disabled).toBe(false);
    // Only sites the person allowed can be taken back here.
    expect(button('https://amt.example/* nicht mehr freigeben')).toBeDefined();
    expect(button('http://localhost/* nicht mehr freigeben')).toBeUndefined();
  });
});
