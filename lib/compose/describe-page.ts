import { scrubUrl } from '../privacy/scrub-url';
import type { PageInfo } from '../model';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Where a suggestion was made, as far as it may be sent: the scrubbed address, the page title, and
 * the process step a person sees as current (`aria-current="step"`, as step navigations mark it).
 * `service` comes from the embedding configuration or a `<meta name="mitgestalten:service">`.
 */
export function describePage(doc: Document, service?: string): PageInfo {
  const step = squash(doc.querySelector('[aria-current="step"]')?.textContent).replace(/^\d+\.?\s*/, '');
  const declaredService = service ?? doc.querySelector<HTMLMetaElement>('meta[name="mitgestalten:service"]')?.content;
  return {
    url: scrubUrl(doc.location.href),
    title: squash(doc.title).slice(0, 300),
    ...(declaredService ? { service: squash(declaredService).slice(0, 50) } : {}),
    ...(step ? { step: step.slice(0, 200) } : {}),
  };
}
