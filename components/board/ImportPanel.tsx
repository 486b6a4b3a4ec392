import { useState } from 'preact/hooks';
import type { BoardTranslate } from './types';

export interface ImportLine {
  name: string;
  /** Already in the person's words: what was imported, or why the file was refused. */
  text: string;
  refused: boolean;
}

/** A running import, in the person's words, with how much of it is done when that is known. */
export interface ImportProgressView {
  text: string;
  done?: number;
  total?: number;
}

interface ImportPanelProps {
  t: BoardTranslate;
  busy: boolean;
  report: readonly ImportLine[];
  progress?: ImportProgressView;
  onFiles(files: File[]): void;
  /** Offered while the files are read: before they are stored, a cancelled import leaves nothing behind. */
  onCancel?(): void;
}

/** Batch files in: dropped (several at once) or chosen with the file dialog, which works by keyboard. */
export function ImportPanel({ t, busy, report, progress, onFiles, onCancel }: ImportPanelProps) {
  const [over, setOver] = useState(false);
  return (
    <section class="mg-import" aria-labelledby="board-import-title">
      <h2 id="board-import-title">{t('board.import.title')}</h2>
      <div class={`mg-drop${over ? ' mg-over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          const files = [...(event.dataTransfer?.files ?? [])];
          if (files.length) onFiles(files);
        }}>
        <p>{t('board.import.drop')}</p>
        <input id="board-files" class="mg-visually-hidden" type="file" accept=".json,application/json" multiple disabled={busy}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            if (files.length) onFiles(files);
          }} />
        <label for="board-files" class="mg-button">
          {t('board.import.choose')}
        </label>
      </div>
      {progress && (
        <div class="mg-progress">
          <label for="board-import-progress">{progress.text}</label>
          {/* Without a total the bar is indeterminate: the clustering says no share of itself. */}
          <progress id="board-import-progress" max={progress.total} value={progress.done} />
          {onCancel && (
            <button type="button" class="mg-button" onClick={onCancel}>
              {t('board.import.cancel')}
            </button>
          )}
        </div>
      )}
      {report.length > 0 && (
        <ul class="mg-report">
          {report.map((line) => (
            <li key={line.name} class={line.refused ? 'mg-error' : undefined}>
              <strong>{line.name}</strong>: {line.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
