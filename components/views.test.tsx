// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSuggestion } from '../tests/fixtures/make-suggestion';
import { translator } from '../lib/i18n/catalogues';
import { de } from '../lib/i18n/messages/de';
import { Menu } from './Menu';
import { SendPanel } from './SendPanel';
import { SuggestionForm } from './SuggestionForm';
import { SuggestionList } from './SuggestionList';

/** Views are functions of their props: rendered here with plain values, no overlay state behind them. */
let host: HTMLElement;
let shadow: ShadowRoot;
const t = translator('de');
const show = (view: preact.ComponentChild) => act(() => void render(view, shadow));
const text = () => shadow.textContent ?? '';

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  shadow = host.attachShadow({ mode: 'open' });
});
afterEach(() => {
  act(() => render(null, shadow));
  host.remove();
});

const noop = () => undefined;

describe('the views, given props only', () => {
  it('the send panel says it is loading while the extension’s background starts, instead of offering nothing', () => {
    show(<SendPanel t={t} language="de" claimant={false} fileTransfer={true} overview={null} progress={null} lastSend={null} lastImport={null} busy={false} error={null}
      onSend={noop} onExport={noop} onImport={async () => undefined} onClose={noop} />);
    expect(shadow.querySelector('[role="status"][aria-busy="true"]')?.textContent).toBe('Mitgestalten wird geladen …');
  });

  it('the send panel keeps its export buttons focusable while busy, so focus never falls onto the page', () => {
    const onExport = vi.fn();
    const overview = { waiting: [{ suggestion: makeSuggestion(), status: 'queued' as const }], batches: [], canSend: false };
    show(<SendPanel t={t} language="de" claimant={false} fileTransfer={true} overview={overview} progress={null} lastSend={null} lastImport={null} busy={true} error={null}
      onSend={noop} onExport={onExport} onImport={async () => undefined} onClose={noop} />);
    const exportJson = [...shadow.querySelectorAll('button')].find((button) => button.textContent === 'Als Datei speichern (JSON)')!;
    expect(exportJson.disabled).toBe(false);
    expect(exportJson.getAttribute('aria-disabled')).toBe('true');
    exportJson.click();
    expect(onExport).not.toHaveBeenCalled();
  });

  it('the menu offers the language first, each in its own words', () => {
    show(<Menu t={t} language="de" claimant={false} privacyUrl={undefined} focusedLabel={undefined} pageCount={0} waitingCount={1} onLanguage={noop} onPick={noop} onFocusedField={noop}
      onFinder={noop} onWholePage={noop} onList={noop} onSend={noop} onClose={noop} />);
    const firstControl = shadow.querySelector('select, button');
    expect(firstControl?.id).toBe('mg-language');
    expect([...shadow.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['Deutsch', 'English', 'Українська', 'العربية', 'Türkçe', 'Русский', 'فارسی']);
    expect(text()).toContain('Vorschläge senden (1 wartet)');
  });

  it('the menu names no count before the device has answered, rather than a passing 0', () => {
    show(<Menu t={t} language="de" claimant={false} privacyUrl={undefined} focusedLabel={undefined} pageCount={undefined} waitingCount={undefined} onLanguage={noop} onPick={noop} onFocusedField={noop}
      onFinder={noop} onWholePage={noop} onList={noop} onSend={noop} onClose={noop} />);
    const names = [...shadow.querySelectorAll('button')].map((button) => button.textContent);
    expect(names).toContain('Meine Vorschläge');
    expect(names).toContain('Vorschläge senden');
    expect(names.join(' ')).not.toMatch(/\d/);
  });

  it('claimants are told who reads their suggestions, find the privacy notice, and meet no file formats or batches', () => {
    const overview = { waiting: [{ suggestion: makeSuggestion(), status: 'queued' as const }], batches: [], canSend: false };
    show(<Menu t={t} language="de" claimant={true} privacyUrl="https://jobcenter.example/datenschutz" focusedLabel={undefined} pageCount={0} waitingCount={1}
      onLanguage={noop} onPick={noop} onFocusedField={noop} onFinder={noop} onWholePage={noop} onList={noop} onSend={noop} onClose={noop} />);
    expect(text()).toContain(de['widget.about']);
    expect(shadow.querySelector('a')?.getAttribute('href')).toBe('https://jobcenter.example/datenschutz');
    show(<SendPanel t={t} language="de" claimant={true} fileTransfer={false} overview={overview} progress={null} lastSend={null} lastImport={null} busy={false} error={null}
      onSend={noop} onExport={noop} onImport={async () => undefined} onClose={noop} />);
    expect(text()).toContain(de['widget.noEndpoint']);
    expect(text()).not.toMatch(/JSON|CSV|Paket|Backlog/);
    expect(shadow.querySelector('input[type="file"]')).toBeNull();
  });

  it('the list shows invisible direction controls in a suggestion and an answer as visible tokens', () => {
    const stored = { suggestion: makeSuggestion({ problem: 'Betrag \u202E0001\u202C Euro' }), status: 'answered' as const };
    const receipt = {
      receiptCode: 'K7QP-2MX4-9RTA', suggestionId: stored.suggestion.id, batchId: crypto.randomUUID(), receivedAt: new Date().toISOString(),
      status: { receiptCode: 'K7QP-2MX4-9RTA', status: 'planned' as const, updatedAt: new Date().toISOString(), publicAnswer: 'Wir \u2067ändern\u2069 das.' },
    };
    show(<SuggestionList t={t} tab="page" items={[{ stored, pageChanged: false, receipt }]} focusItem={null} error={null}
      onTab={noop} onEdit={noop} onWithdraw={async () => true} onClose={noop} />);
    expect(text()).toContain('Betrag [U+202E]0001[U+202C] Euro');
    expect(text()).toContain('Wir [U+2067]ändern[U+2069] das.');
    // What has reached the Jobcenter can be neither changed nor withdrawn, so neither is offered.
    expect([...shadow.querySelectorAll('button')].map((button) => button.textContent)).not.toContain('Löschen');
  });

  it('the form asks before throwing unsaved text away, with "keep writing" focused', () => {
    const onDiscard = vi.fn();
    const form = (confirmingDiscard: boolean) => (
      <SuggestionForm t={t} target={{ kind: 'page', selectors: [], label: 'Schritt' }} editing={false} confirmingDiscard={confirmingDiscard} error={null}
        values={{ category: 'unclear-wording', problem: 'Halb geschrieben', proposal: '', authorRole: 'claimant' }}
        onChange={noop} onNext={noop} onClose={noop} onKeepWriting={noop} onDiscard={onDiscard} />
    );
    show(form(false));
    show(form(true)); // the person pressed Escape
    expect(shadow.querySelector('[role="alertdialog"]')?.textContent).toContain('Ihr Text ist noch nicht gespeichert');
    expect(shadow.activeElement?.textContent).toBe('Weiterschreiben');
    [...shadow.querySelectorAll('button')].find((button) => button.textContent === 'Text verwerfen')!.click();
    expect(onDiscard).toHaveBeenCalledOnce();
  });
});
