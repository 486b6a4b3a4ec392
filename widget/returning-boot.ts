import { describePage } from '../lib/compose/describe-page';
import { readBootFacts } from '../lib/store/boot-facts';

/**
 * A returning visitor's boot facts (lib/store/boot-facts.ts) for this page, described as the device records it:
 * a chunk of its own, so that a page view where nothing waits to be sent loads neither the device nor zod.
 */
export const readPageBootFacts = (doc: Document, service: string | undefined) => readBootFacts(describePage(doc, service), new Date());
