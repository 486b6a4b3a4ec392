import { useState } from 'preact/hooks';
import type { ExportFormat } from '../../lib/triage/exports';
import type { BoardTranslate } from './types';

const FORMATS: ExportFormat[] = ['csv', 'jira', 'gitlab', 'gitlab-api', 'openproject', 'w3c'];

interface ExportPanelProps {
  t: BoardTranslate;
  shown: number;
  onExport(format: ExportFormat): void;
  /** The file-based board: decisions taken here, for the backlog or another board. */
  onAnswerFile?(): void;
}

export function ExportPanel({ t, shown, onExport, onAnswerFile }: ExportPanelProps) {
  const [format, setFormat] = useState<ExportFormat>('csv');
  return (
    <section class="mg-export" aria-labelledby="board-export-title">
      <h2 id="board-export-title">{t('board.export.title')}</h2>
      <p class="mg-hint">{t('board.export.hint', { count: shown })}</p>
      <label for="board-export-format">{t('board.export.format')}</label>
      <select id="board-export-format" value={format} onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}>
        {FORMATS.map((value) => (
          <option key={value} value={value}>
            {t(`export.${value}`)}
          </option>
        ))}
      </select>
      <div class="mg-actions">
        <button type="button" class="mg-button mg-primary" onClick={() => onExport(format)}>
          {t('board.export.download')}
        </button>
        {onAnswerFile && (
          <button type="button" class="mg-button" onClick={onAnswerFile}>
            {t('board.export.answers')}
          </button>
        )}
      </div>
    </section>
  );
}
