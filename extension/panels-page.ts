import { browser } from 'wxt/browser';
import { launcherCss } from '../components/launcher.css';
import { pageLayerCss } from '../components/page-layer.css';
import { panelsCss } from '../components/panels.css';
import { focusDialogStart } from '../components/Dialog';
import { CATALOGUES } from '../lib/i18n/catalogues';
import { Language } from '../lib/model';
import { createRemoteDevice } from '../lib/messaging';
import { ToPanels, type ToPage } from '../overlay/link';
import { linkOverPort } from './link-port';
import { mountPanels } from '../overlay/mount-panels';
import { PANELS_PORT_PREFIX } from './panels-frame';

/**
 * In the frame the panel fills it, as a side sheet the height of the window (like Hypothesis' sidebar): the
 * frame's size never waits for its content, and the panel scrolls within itself, its main buttons in view.
 */
const frameCss = `
html, body { margin: 0; padding: 0; background: transparent; color-scheme: light; }
.mg-panel { position: static; inset: auto; width: 100%; height: 100vh; max-height: 100vh; box-shadow: none; }
`;

/**
 * The frame's side of the panels (extension/panels-frame.ts is the page's side). It accepts exactly one port:
 * the one opened under the secret in its own address, by the content script that created it. A frame that a
 * page loads on its own knows no secret and stays empty.
 */
export function acceptPagePanels(doc: Document, container: HTMLElement): void {
  const [secret = '', ...options] = doc.location.hash.slice(1).split('&');
  const wanted = Language.safeParse(new URLSearchParams(options.join('&')).get('lang'));
  const language = wanted.success ? wanted.data : 'de';
  let accepted = false;

  browser.runtime.onConnect.addListener((port) => {
    if (accepted || secret.length < 32 || port.name !== `${PANELS_PORT_PREFIX}${secret}` || port.sender?.id !== browser.runtime.id) return;
    accepted = true;
    doc.adoptedStyleSheets = [launcherCss, pageLayerCss, panelsCss, frameCss].map((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
    const link = linkOverPort<ToPage, ToPanels>(port, ToPanels);
    const device = createRemoteDevice((message) => browser.runtime.sendMessage(message), (name) => browser.runtime.connect({ name }));
    const unmounting = mountPanels(container, {
      device,
      link,
      catalogues: { initial: { language, messages: CATALOGUES[language] }, load: async (next) => CATALOGUES[next] },
      browserLanguages: navigator.languages,
      // The extension is for caseworkers, who pass batch files on where no network path exists.
      shell: { audience: 'caseworker', fileTransfer: true },
    });
    // A dialog that rendered while the frame was hidden could not take focus. Pass it on when the frame gets
    // focus, and when the frame is shown while it has focus already: a focus call on the hidden dialog gives the
    // frame focus but leaves it on the body, and the page's focus call on the frame then changes nothing.
    const view = doc.defaultView!;
    const focusPanel = () => {
      const panel = container.querySelector('.mg-panel');
      if (panel && doc.hasFocus() && !panel.contains(doc.activeElement)) focusDialogStart(panel);
    };
    const shown = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && focusPanel());
    shown.observe(container);
    view.addEventListener('focus', focusPanel);
    port.onDisconnect.addListener(() => {
      view.removeEventListener('focus', focusPanel);
      shown.disconnect();
      void unmounting.then((panels) => panels.unmount());
    });
  });
}

