import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ToolbarPopup, type PopupBacklog, type PopupSite } from '../../components/ToolbarPopup';
import { readBacklogConfig } from '../../extension/backlog-config';
import { checkBacklog } from '../../extension/backlog-health';
import { tabOfPopup } from '../../extension/current-tab';
import { openOverlayIn } from '../../extension/open-request';
import { lookLikeTheOverlay } from '../../extension/page-look';
import { readPolicy } from '../../extension/policy';
import { siteState, type SiteState } from '../../extension/site-access';
import { ENABLE_SITE_CHANNEL } from '../../extension/site-service';
import { pageInfo } from '../../lib/compose/describe-page';
import { chooseLanguage, describeProblem } from '../../lib/i18n';
import { translator } from '../../lib/i18n/catalogues';
import { createRemoteDevice } from '../../lib/messaging';
import { isLocked, problemOf, type Tally } from '../../lib/model';

const send = (message: unknown) => browser.runtime.sendMessage(message);
const device = createRemoteDevice(send, (name) => browser.runtime.connect({ name }));

/** The toolbar popup: reads the tab, the policy, the counts and the backlog's state, and wires the buttons. */
export function App() {
  const [language, setLanguage] = useState(() => chooseLanguage(undefined, navigator.languages, undefined));
  const t = useMemo(() => translator(language), [language]);
  const [tabId, setTabId] = useState<number>();
  const [site, setSite] = useState<PopupSite>({ kind: 'loading' });
  const [pattern, setPattern] = useState<string>();
  const [tally, setTally] = useState<Tally>();
  const [backlog, setBacklog] = useState<PopupBacklog>('checking');
  const [boardUrl, setBoardUrl] = useState<string>();
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState('');

  useEffect(() => lookLikeTheOverlay(document, language, t('popup.title')), [language, t]);

  // IT's policy can take seconds to arrive on a browser that just started: the counts and this page's state
  // show first, what depends on the policy (its sites, its backlog) follows.
  const load = async () => {
    const policy = readPolicy();
    const [tab, settings] = await Promise.all([tabOfPopup(), device.readSettings()]);
    setLanguage(chooseLanguage(settings.language, navigator.languages, undefined));
    setTabId(tab?.id);
    const showSite = async (state: SiteState) => {
      setPattern(state.kind === 'can-enable' ? state.pattern : undefined);
      setSite(state.kind === 'can-enable' ? { kind: 'can-enable', site: new URL(tab!.url!).hostname } : state);
      const page = tab?.url && state.kind !== 'unsupported' ? pageInfo({ href: tab.url, title: tab.title ?? '' }) : null;
      setTally(await device.tally(page));
    };
    await showSite(await siteState(tab?.url, [], false));
    const preset = await policy;
    await showSite(await siteState(tab?.url, preset.allowedSites ?? [], isLocked(preset, 'allowedSites')));
    const config = await readBacklogConfig(preset);
    setBoardUrl(config ? `${config.endpoint}/board` : undefined);
    setBacklog(config ? await checkBacklog(config.endpoint) : 'none');
  };
  useEffect(() => void load().catch(() => setSite({ kind: 'unsupported' })), []);

  const enable = () => {
    if (!pattern) return;
    // The background hears first what is wanted: Chrome closes this popup when its prompt opens, and the
    // background enables the site once the permission arrives. The prompt itself must be asked for within the
    // click (the browser shows it only for a person's gesture).
    const wanted = send({ channel: ENABLE_SITE_CHANNEL, pattern });
    setSite({ kind: 'enabling' });
    void browser.permissions
      .request({ origins: [pattern] })
      .then(async (granted) => {
        await wanted;
        if (granted) await send({ channel: ENABLE_SITE_CHANNEL, pattern });
        await load();
      })
      .catch(() => void load());
  };

  const annotate = () => {
    if (tabId === undefined) return;
    void openOverlayIn(tabId).finally(() => window.close());
  };

  const sendNow = async () => {
    setSending(true);
    setResult('');
    try {
      const summary = await device.send('all-unsent');
      setResult([summary.sent > 0 ? t('send.done', { count: summary.sent }) : '', summary.notSent > 0 ? t('send.failed', { count: summary.notSent }) : ''].filter(Boolean).join(' '));
    } catch (error) {
      setResult(describeProblem(problemOf(error), t, language));
    } finally {
      setSending(false);
      void load();
    }
  };

  return (
    <ToolbarPopup
      t={t}
      site={site}
      tally={tally}
      backlog={backlog}
      sending={sending}
      result={result}
      triageUrl={new URL('/triage.html', location.href).href}
      boardUrl={boardUrl}
      onEnable={enable}
      onAnnotate={annotate}
      onSend={() => void sendNow()}
      onOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
