// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeSuggestion } from '../tests/fixtures/make-suggestion';
import { describePage } from '../lib/compose/describe-page';
import * as identifiers from '../lib/privacy/identifiers';
import { openLocalStore, type LocalStore } from '../lib/store';
import { readPageBootFacts } from './returning-boot';

const detect = vi.spyOn(identifiers, 'detectIdentifiers');

/** A page of the portal at `url`, as the widget sees it. */
function pageAt(url: string): Document {
  const { document } = new Window({ url });
  document.title = 'Weiterbewilligungsantrag';
  return document as unknown as Document;
}

let store: LocalStore | undefined;
afterEach(() => store?.close());

describe('a returning visitor’s boot facts for the page in view', () => {
  it('count the suggestions of this page, recorded by the device, with the identifier check loaded only for an address with a digit', async () => {
    const withNumber = 'https://portal.example/kunde/123A456789/schritt-2';
    const withoutDigit = 'https://portal.example/buergergeld/wohnen';
    store = await openLocalStore();
    // As the device records them: with the whole address filter (the customer number becomes "[id]").
    await store.suggestions.add(makeSuggestion({ page: describePage(pageAt(withNumber)) }), 'queued');
    await store.suggestions.add(makeSuggestion({ page: describePage(pageAt(withoutDigit)) }), 'queued');
    await store.suggestions.add(makeSuggestion({ page: describePage(pageAt(`${withoutDigit}/nebenkosten`)) }), 'queued');

    detect.mockClear();
    expect((await readPageBootFacts(pageAt(`${withoutDigit}?tab=2`), undefined))?.pageCount).toBe(1);
    expect(detect).not.toHaveBeenCalled();

    // Another customer's number in the same place: the same page once the number is gone.
    expect((await readPageBootFacts(pageAt('https://portal.example/kunde/987B654321/schritt-2'), undefined))?.pageCount).toBe(1);
    expect(detect).toHaveBeenCalled();
  });
});
