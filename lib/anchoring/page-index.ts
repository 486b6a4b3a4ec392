/**
 * Everything anchoring reads from a page, extracted once and shared by all targets of a batch:
 * the visible text (for quotes, with an index of where each string occurs, and where it lies in
 * `textContent`, for positions) and the visible controls with their labels (for fields).
 */
import { ElementPaths } from './element-path';
import { LabelIndex } from './field-label';
import { FieldIndex } from './match-field';
import { occurrencesIn, type Occurrences } from './ngram-index';
import { extractVisibleText, rootElement, spanOf, type VisibleText } from './visible-text';

export class PageIndex {
  private visibleText?: VisibleText;
  private fieldIndex?: FieldIndex;
  private labelIndex?: LabelIndex;
  private occurrenceIndex?: Occurrences;
  private readonly tagStarts = new Map<string, number[]>();
  private elementPaths?: ElementPaths;

  constructor(readonly root: Document | Element) {}

  /** The element that stands for the whole page (body, or the given root element). */
  get element(): Element | null {
    return rootElement(this.root);
  }

  get text(): VisibleText {
    return (this.visibleText ??= extractVisibleText(this.root));
  }

  /** Where strings occur in the text; built only when a quote is not found at its position. */
  get occurrences(): Occurrences {
    return (this.occurrenceIndex ??= occurrencesIn(this.text.text));
  }

  /** Where visible elements with this tag name start in the visible text, ascending; for element targets. */
  startsOf(tag: string): number[] {
    let starts = this.tagStarts.get(tag);
    if (!starts) {
      const elements = this.element ? [...this.element.getElementsByTagName(tag)] : [];
      // Elements with nothing visible cannot hold a quote.
      starts = elements.flatMap((element) => spanOf(this.text, element)?.start ?? []);
      this.tagStarts.set(tag, starts);
    }
    return starts;
  }

  /** CSS and XPath paths to elements of this page. */
  get paths(): ElementPaths {
    return (this.elementPaths ??= new ElementPaths(this.root));
  }

  get labels(): LabelIndex {
    return (this.labelIndex ??= new LabelIndex(this.root));
  }

  get fields(): FieldIndex {
    return (this.fieldIndex ??= new FieldIndex(this.text.controls, this.labels));
  }
}
