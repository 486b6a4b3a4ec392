import { currentStepText } from './current-step';
import type { PageInfo } from '../model';

/** Turns a page address into the one that may be stored and sent (lib/privacy/scrub-url.ts, scrub-address.ts). */
export type ScrubAddress = (url: string) => string;

/** What is read off a page: its address, title, current step, and the service it belongs to. */
export interface PageRead {
  href: string;
  title: string;
  stepText?: string | undefined;
  service?: string | undefined;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Where a suggestion was made, as far as it may be sent: the scrubbed address, the page title, and
 * the process step a person sees as current (`aria-current="step"`, as step navigations mark it).
 * `service` comes from the embedding configuration or a `<meta name="mitgestalten:service">`.
 * lib/compose/describe-page.ts passes the full address filter; this module imports no filter itself.
 */
export function describePageWith(scrub: ScrubAddress, doc: Document, service?: string): PageInfo {
  return pageInfoWith(scrub, {
    href: doc.location.href,
    title: doc.title,
    stepText: currentStepText(doc),
    service: service ?? doc.querySelector<HTMLMetaElement>('meta[name="mitgestalten:service"]')?.content,
  });
}

/**
 * The same from what was read off a page elsewhere (the extension's background answers the boot from what
 * the page's content script sent): one way to turn an address, a title and a step into a `PageInfo`.
 */
export function pageInfoWith(scrub: ScrubAddress, read: PageRead): PageInfo {
  const step = squash(read.stepText).replace(/^\d+\.?\s*/, '');
  return {
    url: scrub(read.href),
    title: squash(read.title).slice(0, 300),
    ...(read.service ? { service: squash(read.service).slice(0, 50) } : {}),
    ...(step ? { step: step.slice(0, 200) } : {}),
  };
}
