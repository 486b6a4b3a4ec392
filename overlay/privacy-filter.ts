import { sharedUntilFailure } from '../lib/async/shared-until-failure';

/**
 * The privacy filter with its knowledge of names is the largest part of the panels. It loads when a form
 * opens, while the person writes, never with the first panel: a claimant who only looks at the menu or
 * their list does not pay for it. Saving composes the suggestion through the same module.
 */
export interface PrivacyFilter {
  privacy: typeof import('../lib/privacy');
  compose: typeof import('../lib/compose/compose-suggestion');
}

/** Once per page; after a failed load, the next form or the next press of "Weiter" tries again. */
export const loadPrivacyFilter: () => Promise<PrivacyFilter> = sharedUntilFailure(() =>
  Promise.all([import('../lib/privacy'), import('../lib/compose/compose-suggestion')]).then(([privacy, compose]) => ({ privacy, compose })),
);
