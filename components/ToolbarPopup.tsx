import type { Translate } from '../lib/i18n';
import type { Counts, Tally } from '../lib/model';

/** Where the tab's page stands for the extension. */
export type PopupSite = { kind: 'loading' } | { kind: 'active' } | { kind: 'can-enable'; site: string } | { kind: 'enabling' } | { kind: 'unsupported' };
/** The backlog as the popup words it: none set, being checked, or how `/healthz` answered. */
export type PopupBacklog = 'none' | 'checking' | 'ok' | 'unreachable' | 'unavailable' | 'not-a-backlog';

interface ToolbarPopupProps {
  t: Translate;
  site: PopupSite;
  tally: Tally | undefined;
  backlog: PopupBacklog;
  sending: boolean;
  /** What the last send did, already in words; announced. */
  result: string;
  /** The triage board page of the extension, and the backlog's own board (when a backlog is set). */
  triageUrl: string;
  boardUrl: string | undefined;
  onEnable(): void;
  onAnnotate(): void;
  onSend(): void;
  onOptions(): void;
}

const BACKLOG_KEYS = {
  none: 'popup.backlogNone',
  checking: 'popup.backlogChecking',
  ok: 'popup.backlogOk',
  unreachable: 'popup.backlogUnreachable',
  unavailable: 'popup.backlogUnavailable',
  'not-a-backlog': 'popup.backlogNotABacklog',
} as const;

const ROWS: ReadonlyArray<[keyof Counts, 'popup.saved' | 'popup.unsent' | 'popup.answered']> = [
  ['saved', 'popup.saved'],
  ['unsent', 'popup.unsent'],
  ['answered', 'popup.answered'],
];

/** The toolbar popup: this page and all suggestions at a glance, and the few things to do from here. */
export function ToolbarPopup({ t, site, tally, backlog, sending, result, triageUrl, boardUrl, ...on }: ToolbarPopupProps) {
  const unsent = tally?.all.unsent ?? 0;
  return (
    <div class="mg-panel mg-popup">
      <h1>{t('popup.title')}</h1>
      {site.kind === 'active' && (
        <button type="button" class="mg-button mg-primary" onClick={on.onAnnotate}>{t('popup.annotate')}</button>
      )}
      {site.kind === 'can-enable' && (
        <>
          <button type="button" class="mg-button mg-primary" aria-describedby="mg-enable-hint" onClick={on.onEnable}>{t('popup.enable')}</button>
          <p id="mg-enable-hint" class="mg-hint">{t('popup.enableHint', { site: site.site })}</p>
        </>
      )}
      {site.kind === 'enabling' && <p role="status">{t('popup.enabling')}</p>}
      {site.kind === 'unsupported' && <p>{t('popup.unsupported')}</p>}

      {tally && (
        <table class="mg-counts">
          <caption>{t('popup.countsCaption')}</caption>
          <thead>
            <tr>
              <td />
              {tally.page && <th scope="col">{t('popup.thisPage')}</th>}
              <th scope="col">{t('popup.overall')}</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map(([count, label]) => (
              <tr key={count}>
                <th scope="row">{t(label)}</th>
                {tally.page && <td>{tally.page[count]}</td>}
                <td>{tally.all[count]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('popup.backlog')}</h2>
      <p role="status">{t(BACKLOG_KEYS[backlog])}</p>
      {backlog !== 'none' && unsent > 0 && (
        <button type="button" class="mg-button" aria-disabled={sending} onClick={() => sending || on.onSend()}>
          {t(sending ? 'popup.sending' : 'popup.send')}
        </button>
      )}
      <p class="mg-status" aria-live="polite">{result}</p>

      <h2>{t('popup.coDesign')}</h2>
      <ul class="mg-links">
        <li><a href={triageUrl} target="_blank" rel="noopener">{t('popup.triage')}</a></li>
        {boardUrl && <li><a href={boardUrl} target="_blank" rel="noopener noreferrer">{t('popup.board')}</a></li>}
      </ul>
      <button type="button" class="mg-button mg-quiet" onClick={on.onOptions}>{t('popup.options')}</button>
    </div>
  );
}
