import { scrubUrl } from '../privacy/scrub-url';
import type { PageInfo } from '../model';
import { describePageWith, pageInfoWith, type PageRead } from './page-info';

/** Where a suggestion was made, as it may be stored and sent (lib/compose/page-info.ts), with the full address filter. */
export const describePage = (doc: Document, service?: string): PageInfo => describePageWith(scrubUrl, doc, service);

/** The same from an address, a title and a step read off a page elsewhere. */
export const pageInfo = (read: PageRead): PageInfo => pageInfoWith(scrubUrl, read);
