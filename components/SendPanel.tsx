import { useRef } from 'preact/hooks';
import { describeImport, describeProblem, type Translate } from '../lib/i18n';
import type { DeliveryError, Language, OutboxEntry } from '../lib/model';
import type { OverlayState } from '../overlay/state';
import { Dialog } from './Dialog';
import { targetLabel } from './target-label';

const describeDeliveryError = ({ code, status, serverCode, params }: DeliveryError, t: Translate, language: Language) =>
  describeProblem({ code, params: { ...params, ...(status ? { status } : {}), ...(serverCode ? { serverCode } : {}) } }, t, language);

function BatchLine({ state, entry }: { state: OverlayState; entry: OutboxEntry }) {
  const t = state.t.value;
  const locale = state.preferences.language.value;
  const date = new Date(entry.batch.createdAt).toLocaleDateString(locale);
  return (
    <li>
      {t('send.batchLine', { date, count: entry.batch.suggestions.length, state: t(`batch.${entry.state}`) })}
      {entry.state !== 'sent' && entry.lastError && <p class="mg-error">{describeDeliveryError(entry.lastError, t, locale)}</p>}
    </li>
  );
}

/**
 * Sending: what waits, one button to send it, progress while it goes, and files for places without
 * a network path to the backlog. Nothing is lost when sending fails: it stays and is tried again.
 */
export function SendPanel({ state }: { state: OverlayState }) {
  const t = state.t.value;
  const { sending } = state;
  const overview = sending.overview.value;
  const progress = sending.progress.value;
  const lastSend = sending.lastSend.value;
  const downloads = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = state.busy.value;
  const waiting = overview?.waiting ?? [];
  const locale = state.preferences.language.value;
  const time = (iso: string) => new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });

  return (
    <Dialog id="mg-send" title={t('send.title')} onClose={() => state.close()} class="mg-send">
      <p>{t('send.intro')}</p>
      {overview === null ? null : waiting.length === 0 ? (
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

      {overview && !overview.canSend && <p class="mg-notice">{t('send.noEndpoint')}</p>}
      {overview?.canSend && waiting.length > 0 && (
        <button type="button" class="mg-button mg-primary" data-autofocus disabled={busy} onClick={() => void state.sendNow('all-unsent')}>
          {t('send.now')}
        </button>
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
          {lastSend.problems.map((problem) => <p key={problem.code} class="mg-error">{describeDeliveryError(problem, t, locale)}</p>)}
          {lastSend.notSent > 0 && lastSend.nextRetryAt && <p>{t('send.retryAt', { time: time(lastSend.nextRetryAt) })}</p>}
        </div>
      )}
      {state.error.value && <p class="mg-error" role="alert">{state.error.value}</p>}

      <h3>{t('send.files')}</h3>
      <div class="mg-actions" ref={downloads}>
        <button type="button" class="mg-button" disabled={busy || waiting.length === 0} onClick={() => void state.exportUnsent('json', downloads.current!)}>
          {t('send.exportJson')}
        </button>
        <button type="button" class="mg-button" disabled={busy || waiting.length === 0} onClick={() => void state.exportUnsent('csv', downloads.current!)}>
          {t('send.exportCsv')}
        </button>
      </div>
      <label for="mg-import">{t('send.import')}</label>
      <p id="mg-import-hint" class="mg-hint">{t('send.importHint')}</p>
      <input id="mg-import" ref={fileInput} type="file" accept="application/json,.json" aria-describedby="mg-import-hint" disabled={busy}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) void state.importFile(file).then(() => fileInput.current && (fileInput.current.value = ''));
        }} />
      {sending.lastImport.value && <p class="mg-notice" role="status">{describeImport(sending.lastImport.value, t)}</p>}

      {overview && overview.batches.length > 0 && (
        <>
          <h3>{t('send.batches')}</h3>
          <ul class="mg-batches">{overview.batches.map((entry) => <BatchLine key={entry.batch.batchId} state={state} entry={entry} />)}</ul>
        </>
      )}
      <button type="button" class="mg-button mg-quiet" onClick={() => state.close()}>{t('menu.close')}</button>
    </Dialog>
  );
}
