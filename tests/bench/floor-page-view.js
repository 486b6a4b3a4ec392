// The floor of the page-load benchmark (page-load.bench.ts): the least a content script can do that still does
// what a page view of the extension needs, written by hand in one function, without the shared modules, the
// translator or any factory. It asks the background the same boot question, builds the same closed host with
// the launcher's stylesheet (the benchmark puts it in) and the same launcher, listens for the
// shortcut, the focus, resizing and scrolling, watches the top layer as overlay/top-layer.ts does and places the
// launcher off the page's controls with one IntersectionObserver round. It opens nothing: the buttons are inert.
// Measured beside the real boot in the same run, it is a lower bound: every real boot does more than this.
(async () => {
  if (document.documentElement.hasAttribute('data-mitgestalten-widget') || globalThis.mitgestaltenBooted) return;
  globalThis.mitgestaltenBooted = true;

  const step = document.querySelector('[aria-current="step"]')?.textContent;
  const answer = await chrome.runtime.sendMessage({
    channel: 'mitgestalten/boot',
    page: { url: location.origin + location.pathname, title: document.title, ...(step ? { step } : {}) },
    pageLanguage: document.documentElement.lang,
  });
  if (typeof answer !== 'object' || answer === null || typeof answer.language !== 'string' || typeof answer.words !== 'object') return;
  const words = answer.words;

  const random = crypto.getRandomValues(new Uint32Array(2));
  const host = document.createElement(`mitgestalten-${random[0].toString(36)}${random[1].toString(36)}`);
  host.popover = 'manual';
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(LAUNCHER_CSS);
  shadow.adoptedStyleSheets = [sheet];
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (event) => event.stopPropagation());
  const dockContainer = document.createElement('div');
  shadow.append(document.createElement('div'), dockContainer, document.createElement('div'));
  document.documentElement.append(host);

  const element = (tag, className, text) => {
    const made = document.createElement(tag);
    if (className) made.className = className;
    if (text) made.textContent = text;
    return made;
  };
  const button = (className) => {
    const made = element('button', className);
    made.type = 'button';
    made.addEventListener('click', () => undefined);
    return made;
  };
  const hidden = (text) => {
    const made = element('span', '', text);
    made.setAttribute('aria-hidden', 'true');
    return made;
  };
  const root = element('div', 'mg-root mg-dock-root');
  root.lang = answer.language;
  root.dir = answer.language === 'ar' || answer.language === 'fa' ? 'rtl' : 'ltr';
  const dock = element('div', 'mg-dock mg-dock-bottom-end');
  const launcher = button('mg-launcher');
  launcher.setAttribute('aria-haspopup', 'dialog');
  launcher.addEventListener('pointerenter', () => undefined);
  launcher.addEventListener('focus', () => undefined);
  const badge = element('span', 'mg-badge');
  badge.hidden = true;
  launcher.append(hidden('✎'), element('span', '', words['launcher.open']), badge);
  const resize = button('mg-dock-tool');
  resize.setAttribute('aria-label', words['launcher.collapse']);
  resize.append(hidden('–'));
  const move = button('mg-dock-tool');
  move.setAttribute('aria-label', words['launcher.move']);
  move.append(hidden('⇲'));
  dock.append(launcher, resize, move);
  root.append(dock);
  dockContainer.append(root);

  document.addEventListener('keydown', (event) => {
    if (event.altKey && event.shiftKey && event.code === 'KeyV') event.preventDefault();
  });
  document.addEventListener('focusin', () => undefined, true);

  const removal = new MutationObserver(() => undefined);
  removal.observe(document.documentElement, { childList: true });
  document.addEventListener('toggle', () => undefined, true);
  document.addEventListener('fullscreenchange', () => undefined);
  if (document.querySelector(':modal, :popover-open, :fullscreen')) host.showPopover();

  let settle;
  const place = () => {
    const observer = new IntersectionObserver((entries) => {
      observer.disconnect();
      const own = entries.find((entry) => entry.target === dock);
      if (!own) return;
      const box = own.boundingClientRect;
      const covered = entries.some(({ target, boundingClientRect: rect }) => target !== dock && rect.width > 0 && rect.left < box.right && rect.right > box.left && rect.top < box.bottom && rect.bottom > box.top);
      if (covered) dock.className = 'mg-dock mg-dock-bottom-start';
    });
    observer.observe(dock);
    for (const control of document.querySelectorAll('a[href], button, input, select, textarea, summary, label, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable="true"]')) {
      if (control !== host) observer.observe(control);
    }
  };
  const placeSoon = () => {
    clearTimeout(settle);
    settle = setTimeout(place, 150);
  };
  addEventListener('resize', placeSoon);
  addEventListener('scroll', placeSoon, { passive: true });
  placeSoon();
})();
