import { redact, type Finding } from '../privacy';
import type { AnnotationTarget, Language, PageInfo, Selector } from '../model';

/**
 * What a suggestion takes from the page passes the privacy filter too: a portal that greets the person
 * by name, shows it in its title or step, or echoes typed values in a live preview puts personal data
 * into the page title, the step, the visible label and the quoted text with its prefix and suffix.
 * A quote that had to be redacted stays as a redacted quote; its TextPositionSelector (kept as it is)
 * still says where it stood, so the place can be found again.
 */

interface Redacted<T> {
  value: T;
  findings: Finding[];
}

function redactText(text: string, language: Language, found: Finding[]): string {
  const result = redact(text, { language });
  found.push(...result.findings);
  return result.text;
}

function redactOptional(text: string | undefined, language: Language, found: Finding[]): string | undefined {
  return text === undefined || text === '' ? text : redactText(text, language, found);
}

function redactSelector(selector: Selector, language: Language, found: Finding[]): Selector {
  switch (selector.type) {
    case 'TextQuoteSelector':
      return {
        ...selector,
        exact: redactText(selector.exact, language, found),
        ...(selector.prefix !== undefined ? { prefix: redactText(selector.prefix, language, found) } : {}),
        ...(selector.suffix !== undefined ? { suffix: redactText(selector.suffix, language, found) } : {}),
      };
    case 'FieldSelector':
      return {
        ...selector,
        ...(selector.label !== undefined ? { label: redactText(selector.label, language, found) } : {}),
        legends: selector.legends.map((legend) => redactText(legend, language, found)),
      };
    default:
      // Positions, CSS and XPath describe markup, not what a person reads or typed.
      return selector;
  }
}

/** The page as it may be stored and sent: title and step redacted (the address is already scrubbed). */
export function redactPage(page: PageInfo, language: Language): Redacted<PageInfo> {
  const findings: Finding[] = [];
  const step = redactOptional(page.step, language, findings);
  return { value: { ...page, title: redactText(page.title, language, findings), ...(step !== undefined ? { step } : {}) }, findings };
}

/** The target as it may be stored and sent: visible label, quotes with prefix and suffix, field labels and legends redacted. */
export function redactTarget(target: AnnotationTarget, language: Language): Redacted<AnnotationTarget> {
  const findings: Finding[] = [];
  const label = redactOptional(target.label, language, findings);
  const selectors = target.selectors.map((selector) => redactSelector(selector, language, findings));
  return { value: { ...target, selectors, ...(label !== undefined ? { label } : {}) }, findings };
}
