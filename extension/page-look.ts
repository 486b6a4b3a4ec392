import { extensionPageCss } from '../components/extension-page.css';
import { launcherCss } from '../components/launcher.css';
import { panelsCss } from '../components/panels.css';
import { textDirection } from '../lib/i18n';
import type { Language } from '../lib/model';

/** Give an extension page (popup, options) the overlay's look and the person's language and direction. */
export function lookLikeTheOverlay(doc: Document, language: Language, title: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${launcherCss}\n${panelsCss}\n${extensionPageCss}`);
  doc.adoptedStyleSheets = [sheet];
  doc.body.classList.add('mg-root');
  doc.documentElement.lang = language;
  doc.documentElement.dir = textDirection(language);
  doc.title = title;
}
