import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkEndpoint, readBacklogConfig, writeBacklogConfig, type BacklogConfig, type EndpointProblem } from '../../extension/backlog-config';
import { chooseLanguage, textDirection } from '../../lib/i18n';
import { translator } from '../../lib/i18n/catalogues';

const language = chooseLanguage(undefined, navigator.languages, undefined);
const t = translator(language);

/** Where suggestions go: set by IT's policy (shown, not editable) or by the person here. */
export function App() {
  const [config, setConfig] = useState<BacklogConfig | undefined | null>(null);
  const [endpoint, setEndpoint] = useState('');
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<EndpointProblem>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = textDirection(language);
    document.title = t('options.title');
    void readBacklogConfig().then((current) => {
      setConfig(current);
      setEndpoint(current?.endpoint ?? '');
      setToken(current?.token ?? '');
    });
  }, []);

  // Reading IT's policy can take seconds on a cold browser: say so instead of showing a blank page.
  if (config === null) {
    return (
      <>
        <h1>{t('options.title')}</h1>
        <p role="status" aria-busy="true">{t('send.loading')}</p>
      </>
    );
  }
  if (config?.setBy === 'policy') {
    return (
      <>
        <h1>{t('options.title')}</h1>
        <p>{t('options.byPolicy', { endpoint: config.endpoint })}</p>
      </>
    );
  }

  const save = async (event: Event) => {
    event.preventDefault();
    const trimmed = endpoint.trim();
    const wrong = trimmed ? checkEndpoint(trimmed) : undefined;
    setProblem(wrong);
    if (wrong) return;
    // Host permission lets the background reach the backlog without CORS; asked for in this click.
    const granted = trimmed ? await browser.permissions.request({ origins: [`${new URL(trimmed).origin}/*`] }).catch(() => false) : true;
    await writeBacklogConfig(trimmed, token);
    setStatus(t(granted ? 'options.saved' : 'options.permissionDenied'));
  };

  return (
    <>
      <h1>{t('options.title')}</h1>
      <p>{t('options.intro')}</p>
      <form onSubmit={(event) => void save(event)} noValidate>
        <label for="endpoint">{t('options.endpoint')}</label>
        <p id="endpoint-hint" class="hint">{t('options.endpointHint')}</p>
        <input id="endpoint" type="url" inputMode="url" autocomplete="url" value={endpoint} aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'endpoint-error endpoint-hint' : 'endpoint-hint'} onInput={(event) => setEndpoint(event.currentTarget.value)} />
        {problem && <p id="endpoint-error" class="error" role="alert">{t(problem)}</p>}
        <label for="token">{t('options.token')}</label>
        <p id="token-hint" class="hint">{t('options.tokenHint')}</p>
        <input id="token" type="password" autocomplete="off" value={token} aria-describedby="token-hint" onInput={(event) => setToken(event.currentTarget.value)} />
        <button type="submit">{t('options.save')}</button>
        <p role="status">{status}</p>
      </form>
    </>
  );
}
