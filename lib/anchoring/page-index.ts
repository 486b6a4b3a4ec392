/**
 * Everything anchoring reads from a page, extracted once and shared by all targets of a batch:
 * the visible text (for quotes, with an index of where each string occurs), all text (for positions)
 * and the visible controls with their labels (for fields).
 */
import { LabelIndex } from './field-label';
import { FieldIndex } from './match-field';
import { occurrencesIn, type Occurrences } from './ngram-index';
import { contentTextOf, type ContentText } from './text-position';
import { extractVisibleText, rootElement, type VisibleText } from './visible-text';

export class PageIndex {
  private visibleText?: VisibleText;
  private fieldIndex?: FieldIndex;
  private labelIndex?: LabelIndex;
  private occurrenceIndex?: Occurrences;
  private contentText?: ContentText;

  constructor(readonly root: Document | Element) {}

  /** The element that stands for the whole page (body, or the given root element). */
  get element(): Element | null {
    return rootElement(this.root);
  }

  get text(): VisibleText {
    return (this.visibleText ??= extractVisibleText(this.root));
  }

  /** All text of the page as `textContent` has it, where TextPositionSelector offsets count; built when a position is read or written. */
  get content(): ContentText {
    return (this.contentText ??= contentTextOf(this.element, this.text));
  }

  /** Where strings occur in the text; built only when a quote is not found at its position. */
  get occurrences(): Occurrences {
    return (this.occurrenceIndex ??= occurrencesIn(this.text.text));
  }

  get labels(): LabelIndex {
    return (this.labelIndex ??= new LabelIndex(this.root));
  }

  get fields(): FieldIndex {
    return (this.fieldIndex ??= new FieldIndex(this.text.controls, this.labels));
  }
}
