/*
 * The views of every panel but the menu, in a chunk of their own: the first panel (the menu) shows without
 * them, and they load as it shows (overlay/mount-panels.tsx), before the person has chosen what to do.
 */
export { Finder } from '../components/Finder';
export { Review } from '../components/Review';
export { SendPanel } from '../components/SendPanel';
export { SuggestionForm } from '../components/SuggestionForm';
export { SuggestionList } from '../components/SuggestionList';
