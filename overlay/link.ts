import { z } from 'zod/mini';
import { AnnotationTarget, Language, LauncherCorner, PageInfo, StoredSuggestion } from '../lib/model';

/*
 * The narrow channel between the two halves of the overlay (as Hypothesis' guest and sidebar talk):
 * - the **page agent** runs in the page's document: launcher, pointing mode, this page's markers, the list
 *   of the page's fields. It reads labels and structure, never values, and never sees what a person types.
 * - the **panels** (menu, form, review, lists, sending) hold everything a person writes and everything that
 *   belongs to other pages. In the extension they run in a frame of the extension's own origin, where page
 *   scripts cannot reach; in the widget, beside the agent in the same shadow root.
 * Every message is declared here once; what crosses an origin (the extension's port) is parsed on arrival.
 */

/**
 * Which part of the overlay is showing. One at a time: a stressed person should never have to work out which
 * of several open boxes to use.
 */
export const Panel = z.enum(['closed', 'menu', 'picking', 'finder', 'form', 'review', 'list', 'send']);
const ListedTarget = z.object({
  /** Which of the listed elements this is; the agent keeps the elements, the panels only their descriptions. */
  key: z.int().check(z.nonnegative()),
  target: AnnotationTarget,
  group: z.enum(['field', 'section']),
  /** The field the person was last in, or the section around it: listed first. */
  current: z.boolean(),
});

/** One of this page's suggestions, numbered like its marker; `placed`: its place on the page was found. */
const PageSuggestion = z.object({ stored: StoredSuggestion, number: z.int().check(z.positive()), placed: z.boolean() });

/** What the panels know of the page, all read by the agent. */
const PageSnapshot = z.object({
  /** Null until the agent has the URL filter (lib/compose/describe-page) to record the page's address with. */
  page: z.nullable(PageInfo),
  /** The page's own `lang`, for choosing the language before the person does. */
  pageLanguage: z.string().check(z.maxLength(35)),
  /** Visible label of the page field the person was last in. */
  focusedLabel: z.nullable(z.string().check(z.maxLength(500))),
  /** Null until the agent has this page's suggestions from the device: the panels show no count until then. */
  suggestions: z.nullable(z.array(PageSuggestion).check(z.maxLength(10_000))),
});

export const ToPanels = z.discriminatedUnion('type', [
  /** The launcher, the shortcut or a marker (with the suggestion to show) opens the panels. */
  z.object({ type: z.literal('open-menu') }),
  z.object({ type: z.literal('open-list'), focus: z.string().check(z.maxLength(100)) }),
  /** The shell closes what is open, as Escape does (the widget's `close()`): unsaved text is asked about first. */
  z.object({ type: z.literal('close') }),
  z.object({ type: z.literal('snapshot'), snapshot: PageSnapshot }),
  z.object({ type: z.literal('targets'), targets: z.array(ListedTarget).check(z.maxLength(20_000)) }),
  /** The person pointed at a place, or chose the field they were in. */
  z.object({ type: z.literal('picked'), target: AnnotationTarget }),
  z.object({ type: z.literal('pick-cancelled') }),
  /** The launcher's own buttons: the panels own the person's settings. */
  z.object({ type: z.literal('launcher'), change: z.object({ corner: z.optional(LauncherCorner), collapsed: z.optional(z.boolean()) }) }),
]);

export const ToPage = z.discriminatedUnion('type', [
  /** Which panel shows now: the agent shows or hides the frame and the launcher, and on close returns focus. */
  z.object({ type: z.literal('panel'), panel: Panel }),
  z.object({ type: z.literal('list-targets') }),
  /** A listed element was chosen: focus returns to it when the panels close. */
  z.object({ type: z.literal('chose-listed'), key: z.int().check(z.nonnegative()) }),
  z.object({ type: z.literal('take-focused-field') }),
  /** This page's suggestions changed (saved, edited, withdrawn, sent): count and mark them anew. */
  z.object({ type: z.literal('reload') }),
  /** What the launcher shows: the language and its catalogue, the corner, the size. */
  z.object({
    type: z.literal('launcher'),
    language: Language,
    catalogue: z.record(z.string(), z.union([z.string(), z.record(z.string(), z.string())])),
    placement: z.object({ corner: LauncherCorner, collapsed: z.boolean() }),
  }),
  /**
   * What screen readers should hear ("Vorschlag gespeichert"): said by the agent's live region in the page,
   * which is heard also after the panels have closed. Worded by the panels, never with what the person wrote.
   */
  z.object({ type: z.literal('announce'), text: z.string().check(z.maxLength(2000)) }),
]);

export type Panel = z.infer<typeof Panel>;
export type ToPanels = z.infer<typeof ToPanels>;
export type ToPage = z.infer<typeof ToPage>;
export type PageSnapshot = z.infer<typeof PageSnapshot>;
export type PageSuggestion = z.infer<typeof PageSuggestion>;
export type ListedTarget = z.infer<typeof ListedTarget>;

/** One end of the channel: send one kind of message, receive the other (parsed on arrival). */
export interface LinkEnd<Out, In> {
  send(message: Out): void;
  listen(handler: (message: In) => void): () => void;
}

export type AgentEnd = LinkEnd<ToPanels, ToPage>;
export type PanelsEnd = LinkEnd<ToPage, ToPanels>;
