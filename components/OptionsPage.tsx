import { LANGUAGE_NAMES, type Translate } from '../lib/i18n';
import { AuthorRole, Language, type LockableSetting, type SendingMode } from '../lib/model';

/** What the form holds, as typed (numbers as text until saved). */
export interface OptionsValues {
  endpoint: string;
  token: string;
  role: AuthorRole | '';
  language: Language | '';
  sendingMode: SendingMode;
  sendIntervalMinutes: string;
  retentionDays: string;
}

/** A message under a section, already in words; `error` ones are alerts. */
export interface OptionsMessage {
  text: string;
  error?: boolean;
}

interface OptionsPageProps {
  t: Translate;
  values: OptionsValues;
  locked: ReadonlySet<LockableSetting>;
  sites: { defaults: readonly string[]; policy: readonly string[]; own: readonly string[] };
  backlogMessage: OptionsMessage | undefined;
  settingsMessage: OptionsMessage | undefined;
  dataMessage: OptionsMessage | undefined;
  confirmingDelete: boolean;
  busy: boolean;
  onChange(values: Partial<OptionsValues>): void;
  onSaveBacklog(): void;
  onSaveSettings(): void;
  onRemoveSite(pattern: string): void;
  onExport(): void;
  onDeleteAll(): void;
  onConfirmDelete(confirmed: boolean): void;
}

function Message({ id, message }: { id: string; message: OptionsMessage | undefined }) {
  // The region is always there, so that a screen reader announces what appears in it.
  return (
    <p id={id} class={message?.error ? 'mg-error' : 'mg-status'} role={message?.error ? 'alert' : 'status'}>
      {message?.text}
    </p>
  );
}

const submit = (run: () => void) => (event: Event) => {
  event.preventDefault();
  run();
};

/** The options page: where suggestions go, role and language, sites, sending, keeping, and the person's data. */
export function OptionsPage({ t, values, locked, sites, busy, ...on }: OptionsPageProps) {
  const lockNote = (setting: LockableSetting) => locked.has(setting) && <span class="mg-locked"> ({t('options.locked')})</span>;
  const siteList = (patterns: readonly string[], removable: boolean) =>
    patterns.length === 0 ? (
      <p>{t('options.sitesNone')}</p>
    ) : (
      <ul class="mg-sites">
        {patterns.map((pattern) => (
          <li key={pattern}>
            <span>{pattern}</span>
            {removable && <button type="button" class="mg-button mg-quiet" onClick={() => on.onRemoveSite(pattern)}>{t('options.siteRemove', { site: pattern })}</button>}
          </li>
        ))}
      </ul>
    );

  return (
    <div class="mg-panel mg-page">
      <h1>{t('options.title')}</h1>

      <form onSubmit={submit(on.onSaveBacklog)} noValidate>
        <fieldset>
          <legend>{t('options.backlogSection')}</legend>
          <p>{t('options.intro')}</p>
          <label for="endpoint">{t('options.endpoint')}{lockNote('backlogEndpoint')}</label>
          <p id="endpoint-hint" class="mg-hint">{t('options.endpointHint')}</p>
          <input id="endpoint" type="url" inputMode="url" autocomplete="url" value={values.endpoint} readOnly={locked.has('backlogEndpoint')}
            aria-invalid={on.backlogMessage?.error ? true : undefined} aria-describedby="endpoint-hint backlog-message"
            onInput={(event) => on.onChange({ endpoint: event.currentTarget.value })} />
          <label for="token">{t('options.token')}{lockNote('backlogToken')}</label>
          <p id="token-hint" class="mg-hint">{t('options.tokenHint')}</p>
          <input id="token" type="password" autocomplete="off" value={values.token} readOnly={locked.has('backlogToken')} aria-describedby="token-hint"
            onInput={(event) => on.onChange({ token: event.currentTarget.value })} />
          {!(locked.has('backlogEndpoint') && locked.has('backlogToken')) && (
            <button type="submit" class="mg-button mg-primary" aria-disabled={busy}>{t('options.save')}</button>
          )}
          <Message id="backlog-message" message={on.backlogMessage} />
        </fieldset>
      </form>

      <form onSubmit={submit(on.onSaveSettings)} noValidate>
        <fieldset>
          <legend>{t('options.personalSection')}</legend>
          <label for="role">{t('options.role')}{lockNote('role')}</label>
          <select id="role" value={values.role} disabled={locked.has('role')} onChange={(event) => on.onChange({ role: event.currentTarget.value as AuthorRole | '' })}>
            <option value="">{t('options.roleNone')}</option>
            {AuthorRole.options.map((role) => <option key={role} value={role}>{t(`role.${role}`)}</option>)}
          </select>
          <label for="language">{t('options.language')}{lockNote('language')}</label>
          <select id="language" value={values.language} disabled={locked.has('language')} onChange={(event) => on.onChange({ language: event.currentTarget.value as Language | '' })}>
            <option value="">{t('options.languageBrowser')}</option>
            {Language.options.map((option) => <option key={option} value={option} lang={option}>{LANGUAGE_NAMES[option]}</option>)}
          </select>
        </fieldset>

        <fieldset>
          <legend>{t('options.sendingSection')}{lockNote('sendingMode')}</legend>
          {(['automatic', 'manual'] as const).map((mode) => (
            <label key={mode} class="mg-choice">
              <input type="radio" name="sendingMode" value={mode} checked={values.sendingMode === mode} disabled={locked.has('sendingMode')}
                onChange={() => on.onChange({ sendingMode: mode })} />
              {t(mode === 'automatic' ? 'options.sendingAutomatic' : 'options.sendingManual')}
            </label>
          ))}
          {values.sendingMode === 'automatic' && (
            <>
              <label for="interval">{t('options.interval')}{lockNote('sendIntervalMinutes')}</label>
              <input id="interval" type="number" min={1} max={1440} inputMode="numeric" value={values.sendIntervalMinutes} readOnly={locked.has('sendIntervalMinutes')}
                onInput={(event) => on.onChange({ sendIntervalMinutes: event.currentTarget.value })} />
            </>
          )}
        </fieldset>

        <fieldset>
          <legend>{t('options.retentionSection')}</legend>
          <label for="retention">{t('options.retention')}{lockNote('retentionDays')}</label>
          <p id="retention-hint" class="mg-hint">{t('options.retentionHint')}</p>
          <input id="retention" type="number" min={1} max={3650} inputMode="numeric" value={values.retentionDays} readOnly={locked.has('retentionDays')}
            aria-describedby="retention-hint" onInput={(event) => on.onChange({ retentionDays: event.currentTarget.value })} />
        </fieldset>
        <button type="submit" class="mg-button mg-primary" aria-disabled={busy}>{t('options.save')}</button>
        <Message id="settings-message" message={on.settingsMessage} />
      </form>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{t('options.sitesSection')}{lockNote('allowedSites')}</h2>
        <p>{t('options.sitesIntro')}</p>
        <h3>{t('options.sitesDefault')}</h3>
        {siteList(sites.defaults, false)}
        <h3>{t('options.sitesPolicy')}</h3>
        {siteList(sites.policy, false)}
        <h3>{t('options.sitesOwn')}</h3>
        {siteList(sites.own, true)}
      </section>

      <section aria-labelledby="data-title">
        <h2 id="data-title">{t('options.dataSection')}</h2>
        <div class="mg-actions">
          <button type="button" class="mg-button" onClick={on.onExport}>{t('options.export')}</button>
          {!on.confirmingDelete && <button type="button" class="mg-button" onClick={on.onDeleteAll}>{t('options.deleteAll')}</button>}
        </div>
        {on.confirmingDelete && (
          <div role="alertdialog" aria-labelledby="delete-question" class="mg-confirm">
            <p id="delete-question">{t('options.deleteConfirm')}</p>
            <div class="mg-actions">
              <button type="button" class="mg-button mg-primary" onClick={() => on.onConfirmDelete(true)}>{t('options.deleteYes')}</button>
              <button type="button" class="mg-button" onClick={() => on.onConfirmDelete(false)}>{t('options.deleteNo')}</button>
            </div>
          </div>
        )}
        <Message id="data-message" message={on.dataMessage} />
      </section>
    </div>
  );
}
