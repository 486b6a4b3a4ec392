/**
 * Everything anchoring reads from a page, extracted once and shared by all targets of a batch:
 * the visible text (for quotes) and the visible controls with their labels (for fields).
 */
import { LabelIndex } from './field-label';
import { FieldIndex } from './match-field';
import { extractVisibleText, rootElement, type VisibleText } from './visible-text';

export class PageIndex {
  private visibleText?: VisibleText;
  private fieldIndex?: FieldIndex;
  private labelIndex?: LabelIndex;

  constructor(readonly root: Document | Element) {}

  /** The element that stands for the whole page (body, or the given root element). */
  get element(): Element | null {
    return rootElement(this.root);
  }

  get text(): VisibleText {
    return (this.visibleText ??= extractVisibleText(this.root));
  }

  get labels(): LabelIndex {
    return (this.labelIndex ??= new LabelIndex(this.root));
  }

  get fields(): FieldIndex {
    return (this.fieldIndex ??= new FieldIndex(this.text.controls, this.labels));
  }
}
