import { useRef } from 'preact/hooks';
import { describeImport, describeProblem, type Translate } from '../lib/i18n';
import type { DeliveryError, ImportReport, Language, OutboxEntry, OutboxOverview, SendProgress, SendSummary } from '../lib/model';
import { Dialog } from './Dialog';
import { targetLabel } from './target-label';

interface SendPanelProps {
  t: Translate;
  language: Language;
  /** Claimants (the widget) see no batches and, unless the site offers them, no files. */
  claimant: boolean;
  fileTransfer: boolean;
  /** Null while the extension's background is still starting: the panel says it is loading. */
  overview: OutboxOverview | null;
  progress: SendProgress | null;
  lastSend: SendSummary | null;
  lastImport: ImportReport | null;
  busy: boolean;
  error: string | null;
  onSend(): void;
  /** `container`: where the download link is put, inside the panel. */
  onExport(format: 'json' | 'csv', container: Element): void;
  onImport(file: File): Promise<void>;
  onClose(): void;
}

const describeDeliveryError = ({ code, status, serverCode, params }: DeliveryError, t: Translate, language: Language) =>
  describeProblem({ code, params: { ...params, ...(status ? { status } : {}), ...(serverCode ? { serverCode } : {}) } }, t, language);

function BatchLine({ t, language, entry }: { t: Translate; language: Language; entry: OutboxEntry }) {
  const date = new Date(entry.batch.createdAt).toLocaleDateString(language);
  return (
    <li>
      {t('send.batchLine', { date, count: entry.batch.suggestions.length, state: t(`batch.${entry.state}`) })}
      {entry.state !== 'sent' && entry.lastError && <p class="mg-error">{describeDeliveryError(entry.lastError, t, language)}</p>}
    </li>
  );
}

/**
 * Sending: what waits, one button to send it, progress while it goes, and files for places without
 * a network path to the backlog. Nothing is lost when sending fails: it stays and is tried again.
 * Buttons wait with aria-disabled, not disabled: a disabled button drops keyboard focus onto the page.
 */
export function SendPanel({ t, language, claimant, fileTransfer, overview, progress, lastSend, lastImport, busy, error, onSend, onExport, onImport, onClose }: SendPanelProps) {
  const downloads = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const waiting = overview?.waiting ?? [];
  const time = (iso: string) => new Date(iso).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
  const unless = (blocked: boolean, run: () => void) => () => blocked || run();

  return (
    <Dialog id="mg-send" title={t('send.title')} onClose={onClose} class="mg-send">
      <p>{t('send.intro')}</p>
      {overview === null ? (
        <p class="mg-hint" role="status" aria-busy="true">{t('send.loading')}</p>
      ) : waiting.length === 0 ? (
        <p>{t('send.nothing')}</p>
      ) : (
        <>
          <p>{t('send.waiting', { count: waiting.length })}</p>
          <ul class="mg-waiting">
            {waiting.map((stored) => (
              <li key={stored.suggestion.id}>{targetLabel(stored.suggestion.target, t)} – {stored.suggestion.page.title}</li>
            ))}
          </ul>
        </>
      )}

      {overview && !overview.canSend && <p class="mg-notice">{t(claimant ? 'widget.noEndpoint' : 'send.noEndpoint')}</p>}
      {overview?.canSend && waiting.length > 0 && (
        <button type="button" class="mg-button mg-primary" data-autofocus aria-disabled={busy} onClick={unless(busy, onSend)}>{t('send.now')}</button>
      )}

      {progress && (
        <div class="mg-progress">
          <label for="mg-send-progress">{t('send.progress', { done: progress.suggestionsDone, total: progress.suggestionsTotal })}</label>
          <progress id="mg-send-progress" max={Math.max(progress.suggestionsTotal, 1)} value={progress.suggestionsDone} />
        </div>
      )}
      {lastSend && (
        <div class="mg-send-result">
          {lastSend.sent > 0 && <p class="mg-notice">{t('send.done', { count: lastSend.sent })}</p>}
          {lastSend.notSent > 0 && <p class="mg-error">{t('send.failed', { count: lastSend.notSent })}</p>}
          {lastSend.problems.map((problem) => <p key={problem.code} class="mg-error">{describeDeliveryError(problem, t, language)}</p>)}
          {lastSend.notSent > 0 && lastSend.nextRetryAt && <p>{t('send.retryAt', { time: time(lastSend.nextRetryAt) })}</p>}
          {lastSend.sent === 0 && lastSend.notSent === 0 && <p class="mg-notice">{t('send.nothingLeft')}</p>}
        </div>
      )}
      {error && <p class="mg-error" role="alert">{error}</p>}

      {fileTransfer && (
        <>
          <h3>{t('send.files')}</h3>
          <div class="mg-actions" ref={downloads}>
            {(['json', 'csv'] as const).map((format) => {
              const blocked = busy || waiting.length === 0;
              return (
                <button key={format} type="button" class="mg-button" aria-disabled={blocked} onClick={unless(blocked, () => onExport(format, downloads.current!))}>
                  {t(format === 'json' ? 'send.exportJson' : 'send.exportCsv')}
                </button>
              );
            })}
          </div>
          <label for="mg-import">{t('send.import')}</label>
          <p id="mg-import-hint" class="mg-hint">{t('send.importHint')}</p>
          <input id="mg-import" ref={fileInput} type="file" accept="application/json,.json" aria-describedby="mg-import-hint" disabled={busy}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void onImport(file).then(() => fileInput.current && (fileInput.current.value = ''));
            }} />
          {lastImport && <p class="mg-notice" role="status">{describeImport(lastImport, t)}</p>}
        </>
      )}

      {!claimant && overview && overview.batches.length > 0 && (
        <>
          <h3>{t('send.batches')}</h3>
          <ul class="mg-batches">{overview.batches.map((entry) => <BatchLine key={entry.batch.batchId} t={t} language={language} entry={entry} />)}</ul>
        </>
      )}
      <button type="button" class="mg-button mg-quiet" onClick={onClose}>{t('menu.close')}</button>
    </Dialog>
  );
}
