import { describePageWith } from '../lib/compose/page-info';
import { pathNeedsIdentifierCheck, scrubAddress } from '../lib/privacy/scrub-address';
import { readBootFacts } from '../lib/store/boot-facts';

/** Stands in for the identifier check on an address without a digit, where scrubAddress never asks it. */
const unreachable = (): boolean => {
  throw new Error('The identifier check was asked about an address without a digit');
};

/**
 * A returning visitor's boot facts (lib/store/boot-facts.ts) for this page, described as the device records it:
 * a chunk of its own, so that a page view where nothing waits to be sent loads neither the device nor zod. The
 * identifiers of the address filter (about 60 kB of code, 1.5–2 ms to evaluate) load only for an address with a
 * digit in its path; without one, the filter never consults them, and the page is described the same.
 */
export async function readPageBootFacts(doc: Document, service: string | undefined) {
  const page = pathNeedsIdentifierCheck(doc.location.pathname)
    ? (await import('../lib/compose/describe-page')).describePage(doc, service)
    : describePageWith((url) => scrubAddress(url, unreachable), doc, service);
  return readBootFacts(page, new Date());
}
