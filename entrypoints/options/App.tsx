import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsPage, type OptionsMessage, type OptionsValues } from '../../components/OptionsPage';
import { checkEndpoint, normaliseEndpoint, readBacklogConfig, writeBacklogConfig } from '../../extension/backlog-config';
import { checkBacklog } from '../../extension/backlog-health';
import { lookLikeTheOverlay } from '../../extension/page-look';
import { readPolicy } from '../../extension/policy';
import { disableSite, enabledSites } from '../../extension/site-access';
import { DEFAULT_SITES, toPattern } from '../../extension/sites';
import { chooseLanguage, describeProblem } from '../../lib/i18n';
import { translator } from '../../lib/i18n/catalogues';
import { createRemoteDevice } from '../../lib/messaging';
import { LOCKABLE_SETTINGS, isLocked, problemOf, type LockableSetting, type Policy, type Settings } from '../../lib/model';

const device = createRemoteDevice((message) => browser.runtime.sendMessage(message), (name) => browser.runtime.connect({ name }));

const HEALTH_KEYS = { unreachable: 'options.healthUnreachable', unavailable: 'options.healthUnavailable', 'not-a-backlog': 'options.healthNotABacklog' } as const;

/** The policy setting behind each field of the form. */
const FIELD_SETTING: Readonly<Record<keyof OptionsValues, LockableSetting>> = {
  endpoint: 'backlogEndpoint',
  token: 'backlogToken',
  role: 'role',
  language: 'language',
  sendingMode: 'sendingMode',
  sendIntervalMinutes: 'sendIntervalMinutes',
  retentionDays: 'retentionDays',
};

const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** Offer a file for download from this page. */
function download(fileName: string, text: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** The options page: reads the policy, the person's settings and the sites, and writes what they change. */
export function App() {
  const [language, setLanguage] = useState(() => chooseLanguage(undefined, navigator.languages, undefined));
  const t = useMemo(() => translator(language), [language]);
  const [policy, setPolicy] = useState<Policy>({});
  const [values, setValues] = useState<OptionsValues>({ endpoint: '', token: '', role: '', language: '', sendingMode: 'manual', sendIntervalMinutes: '15', retentionDays: '' });
  const [sites, setSites] = useState<{ defaults: string[]; policy: string[]; own: string[] }>({ defaults: DEFAULT_SITES, policy: [], own: [] });
  const [backlogMessage, setBacklogMessage] = useState<OptionsMessage>();
  const [settingsMessage, setSettingsMessage] = useState<OptionsMessage>();
  const [dataMessage, setDataMessage] = useState<OptionsMessage>();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  /** Whether the person changed a field since the page loaded: reading the policy late must not undo that. */
  const edited = useRef(false);
  const locked = useMemo(() => new Set<LockableSetting>(LOCKABLE_SETTINGS.filter((setting) => isLocked(policy, setting))), [policy]);

  useEffect(() => lookLikeTheOverlay(document, language, t('options.title')), [language, t]);

  // IT's policy can take seconds to arrive on a browser that just started: the person's own values show first,
  // the policy's values and locks follow. Saving waits for the policy (the background checks the locks).
  const load = async () => {
    const policyRead = readPolicy();
    const show = async (current: Policy) => {
      const [config, settings, own] = await Promise.all([readBacklogConfig(current), device.readSettings(), enabledSites()]);
      const policySites = (current.allowedSites ?? []).map(toPattern).filter((pattern): pattern is string => !!pattern);
      setPolicy(current);
      setLanguage(chooseLanguage(settings.language, navigator.languages, undefined));
      setSites({ defaults: DEFAULT_SITES, policy: policySites, own: own.filter((pattern) => !policySites.includes(pattern)) });
      const stored: OptionsValues = {
        endpoint: config?.endpoint ?? '',
        token: config?.token ?? '',
        role: settings.role ?? '',
        language: settings.language ?? '',
        sendingMode: settings.sendingMode ?? 'manual',
        sendIntervalMinutes: String(settings.sendIntervalMinutes ?? 15),
        retentionDays: settings.retentionDays === undefined ? '' : String(settings.retentionDays),
      };
      // What the person changed meanwhile stays; only what IT locked is shown as IT set it.
      const lockedValues = (Object.keys(stored) as Array<keyof OptionsValues>).filter((field) => isLocked(current, FIELD_SETTING[field]));
      setValues((shown) => (edited.current ? { ...shown, ...Object.fromEntries(lockedValues.map((field) => [field, stored[field]])) } : stored));
    };
    // Shown at once without the policy only where it is not there yet; then as the policy says.
    const early = await Promise.race([policyRead, new Promise<undefined>((resolve) => setTimeout(resolve, 200, undefined))]);
    if (!early) await show({});
    await show(await policyRead);
  };
  useEffect(() => void load(), []);

  const failed = (error: unknown): OptionsMessage => ({ text: describeProblem(problemOf(error), t, language), error: true });

  const saveBacklog = () => {
    const endpoint = normaliseEndpoint(values.endpoint);
    const wrong = endpoint ? checkEndpoint(endpoint) : undefined;
    if (wrong) return setBacklogMessage({ text: t(wrong), error: true });
    // Asked within the click (the browser wants a gesture): access to the backlog's host, so the background
    // reaches it without depending on CORS. Refused, the address can still work if the backlog allows CORS.
    const permission = endpoint ? browser.permissions.request({ origins: [`${new URL(endpoint).origin}/*`] }).catch(() => false) : Promise.resolve(true);
    setBusy(true);
    setBacklogMessage({ text: t('options.checking') });
    void permission
      .then(async () => {
        if (endpoint) {
          const health = await checkBacklog(endpoint);
          if (health !== 'ok') return setBacklogMessage({ text: t(HEALTH_KEYS[health]), error: true });
        }
        await writeBacklogConfig(endpoint, values.token);
        setBacklogMessage({ text: t(endpoint ? 'options.saved' : 'options.cleared') });
      })
      .catch((error: unknown) => setBacklogMessage(failed(error)))
      .finally(() => setBusy(false));
  };

  const saveSettings = async () => {
    const wanted: Partial<Settings> = {
      role: values.role || undefined,
      language: values.language || undefined,
      sendingMode: values.sendingMode,
      sendIntervalMinutes: numberOrUndefined(values.sendIntervalMinutes),
      retentionDays: numberOrUndefined(values.retentionDays),
    };
    // Only what the person may change is sent; the background refuses locked settings all the same.
    const changes = Object.fromEntries(Object.entries(wanted).filter(([name]) => !locked.has(name as LockableSetting)));
    setBusy(true);
    try {
      const saved = await device.writeSettings(changes);
      setLanguage(chooseLanguage(saved.language, navigator.languages, undefined));
      await device.deleteExpired();
      setSettingsMessage({ text: translator(chooseLanguage(saved.language, navigator.languages, undefined))('options.settingsSaved') });
    } catch (error) {
      setSettingsMessage(failed(error));
    } finally {
      setBusy(false);
    }
  };

  const removeSite = async (pattern: string) => {
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    await disableSite(pattern);
    await load();
  };

  const exportAll = async () => {
    const [suggestions, receipts, settings] = await Promise.all([device.listAll(), device.receipts(), device.readSettings()]);
    const day = new Date().toISOString().slice(0, 10);
    download(`mitgestalten-alles-${day}.json`, JSON.stringify({ exportedAt: new Date().toISOString(), settings, suggestions, receipts }, null, 2));
  };

  const confirmDelete = async (confirmed: boolean) => {
    setConfirmingDelete(false);
    if (!confirmed) return;
    try {
      await device.deleteAllData();
      setDataMessage({ text: t('options.deleted') });
      edited.current = false; // the form shows the emptied settings
      await load();
    } catch (error) {
      setDataMessage(failed(error));
    }
  };

  return (
    <OptionsPage
      t={t}
      values={values}
      locked={locked}
      sites={sites}
      backlogMessage={backlogMessage}
      settingsMessage={settingsMessage}
      dataMessage={dataMessage}
      confirmingDelete={confirmingDelete}
      busy={busy}
      onChange={(changes) => {
        edited.current = true;
        setValues((current) => ({ ...current, ...changes }));
      }}
      onSaveBacklog={saveBacklog}
      onSaveSettings={() => void saveSettings()}
      onRemoveSite={(pattern) => void removeSite(pattern)}
      onExport={() => void exportAll()}
      onDeleteAll={() => setConfirmingDelete(true)}
      onConfirmDelete={(confirmed) => void confirmDelete(confirmed)}
    />
  );
}
