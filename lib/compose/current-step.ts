/**
 * The text of the step a page marks as current (`aria-current="step"`, as step navigations mark it). A module
 * of its own: the launcher reads it on every page view, and must not carry the rest of lib/compose with it.
 */
export function currentStepText(doc: Document): string | undefined {
  return doc.querySelector('[aria-current="step"]')?.textContent ?? undefined;
}
