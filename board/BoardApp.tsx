import { useMemo } from 'preact/hooks';
import { BoardView } from '../components/board/BoardView';
import { Charts } from '../components/board/Charts';
import { ClusterDetail, type DecisionInput } from '../components/board/ClusterDetail';
import { ClusterRow } from '../components/board/ClusterRow';
import { ExportPanel } from '../components/board/ExportPanel';
import { Filters } from '../components/board/Filters';
import { FrictionPanel } from '../components/board/FrictionPanel';
import { ImportPanel, type ImportLine, type ImportProgressView } from '../components/board/ImportPanel';
import { Overview } from '../components/board/Overview';
import { VirtualList } from '../components/board/VirtualList';
import type { BoardTranslate } from '../components/board/types';
import { createTranslator, describeProblem, LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../lib/i18n';
import { BOARD_CATALOGUES } from '../lib/i18n/board-messages';
import { CATALOGUES } from '../lib/i18n/catalogues';
import type { FrictionPoint, Language } from '../lib/model';
import { charts, checkPublicAnswer, overview } from '../lib/triage';
import type { ExportFormat } from '../lib/triage/exports';
import type { BoardProgress } from './source';
import type { Announcement, BoardState } from './state';

const ROW_HEIGHT = 112;

/** Hand a file to the person's browser as a download. */
function download(name: string, mimeType: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Open a page with the friction map drawn on it (the extension only); resolves to the places found. */
export type ShowOnPage = (url: string, points: FrictionPoint[]) => Promise<number>;

interface BoardAppProps {
  state: BoardState;
  showOnPage?: ShowOnPage;
  language: Language;
  onLanguage(language: Language): void;
  sourceLine: string;
  /** A link to the board on the other source (the extension: files ↔ backlog). */
  otherSource?: { href: string; label: string };
}

/** The board's one container: reads the state's signals, gives the views values and callbacks. */
export function BoardApp({ state, showOnPage, language, onLanguage, sourceLine, otherSource }: BoardAppProps) {
  const t = useMemo(() => createTranslator(language, BOARD_CATALOGUES[language]), [language]);
  const tMain = useMemo(() => createTranslator(language, CATALOGUES[language]), [language]);
  const tab = state.tab;

  const status = describeAnnouncement(state.announcement.value, t);
  const importLines: ImportLine[] =
    state.announcement.value?.key === 'imported'
      ? state.announcement.value.files.map((file) =>
          'problem' in file
            ? { name: file.name, text: describeProblem(file.problem, tMain, language), refused: true }
            : { name: file.name, text: t('board.import.added', { count: file.added, repeated: file.repeated }), refused: false },
        )
      : [];

  const records = state.records.value;
  const { clusters } = state.clustering.value;
  const visible = state.visibleClusters.value;
  const summary = state.openSummary.value;

  let main;
  if (state.phase.value === 'loading') main = <p aria-busy="true">{t('board.loading')}</p>;
  else if (state.phase.value === 'failed') main = <p class="mg-error">{t('board.loadFailed')}</p>;
  else if (records.length === 0) main = <p>{t('board.empty')}</p>;
  else if (tab.value === 'overview') {
    const show = (url: string) => {
      const points = state.frictionOn(url).map((figure) => ({
        ...figure,
        label: t('board.friction.marker', { count: figure.count, claimants: figure.claimants, caseworkers: figure.caseworkers }),
      }));
      void showOnPage?.(url, points).then(state.announceMap);
    };
    main = (
      <>
        {showOnPage && <FrictionPanel t={t} pages={state.pages.value} onShow={show} />}
        <Overview t={t} groups={overview(records, state.matching.value)} />
      </>
    );
  }
  else if (tab.value === 'charts') main = <Charts t={t} figures={charts(records, state.matching.value)} />;
  else {
    const rowData = (position: number, hits: number) => {
      const cluster = clusters[position]!;
      const firstRecord = records[cluster.members.reduce((a, b) => (records[b]!.suggestion.createdAt < records[a]!.suggestion.createdAt ? b : a))]!;
      const roles = { claimant: 0, caseworker: 0, advisor: 0, other: 0 };
      for (const index of cluster.members) roles[records[index]!.suggestion.authorRole]++;
      const { page, target } = firstRecord.suggestion;
      return {
        id: cluster.id,
        count: cluster.members.length,
        hits,
        problem: firstRecord.suggestion.problem,
        where: [page.service, page.step ?? page.title, target.kind === 'page' ? t('board.detail.wholePage') : target.label].filter(Boolean).join(' › '),
        byRole: roles,
        bothSides: roles.claimant > 0 && roles.caseworker > 0,
      };
    };
    const members = summary
      ? [...clusters[summary.position]!.members]
          .sort((a, b) => (records[a]!.suggestion.createdAt < records[b]!.suggestion.createdAt ? -1 : 1))
          .map((index) => records[index]!)
      : [];
    main = (
      <div class="mg-layout">
        <div>
          <h2 id="board-list-title">{t('board.list.label', { count: visible.length })}</h2>
          <VirtualList count={visible.length} rowHeight={ROW_HEIGHT} label={t('board.list.label', { count: visible.length })}
            row={(index) => {
              const { position, hits } = visible[index]!;
              const data = rowData(position, hits);
              return <ClusterRow t={t} index={index} data={data} open={state.openCluster.value === data.id} marked={state.marked.value.has(data.id)}
                onOpen={(id) => (state.openCluster.value = id)} onMark={state.toggleMark} />;
            }} />
          {state.marked.value.size > 1 && (
            <button type="button" class="mg-button" onClick={() => void state.mergeMarked()}>
              {t('board.mergeMarked', { count: state.marked.value.size })}
            </button>
          )}
        </div>
        {summary ? (
          <ClusterDetail t={t} summary={summary} members={members} offers={state.offers.value} busy={state.busy.value}
            checkAnswer={(text) => checkPublicAnswer(text, language)}
            onDecide={(input: DecisionInput) => void state.decideOpen({ ...input, language })}
            onSplit={(ids) => void state.split(ids)}
            onClose={() => (state.openCluster.value = undefined)} />
        ) : (
          <p>{t('board.noCluster')}</p>
        )}
      </div>
    );
  }

  const exportAs = (format: ExportFormat) => {
    const file = state.exportAs(format);
    download(`mitgestalten-${format}-${new Date().toISOString().slice(0, 10)}.${file.extension}`, file.mimeType, file.text);
  };
  const answerFile = state.answerFile;

  return (
    <BoardView t={t} language={language} sourceLine={sourceLine} otherSource={otherSource} tab={tab.value} status={status} onLanguage={onLanguage} onTab={(next) => (tab.value = next)}
      languages={SUPPORTED_LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }))}
      importPanel={state.sourceKind === 'files' ? <ImportPanel t={t} busy={state.busy.value} report={importLines} progress={progressView(state.progress.value, t)}
        onFiles={(files) => void state.importFiles(files)} onCancel={state.progress.value?.step === 'reading' ? state.cancelImport : undefined} /> : undefined}
      filters={<Filters t={t} filter={state.filter.value} services={state.services.value} shown={state.matching.value.length} total={records.length} onChange={(filter) => (state.filter.value = filter)} />}
      main={main}
      exportPanel={<ExportPanel t={t} shown={state.matching.value.length} onExport={exportAs}
        onAnswerFile={answerFile ? () => void answerFile().then((text) => download(`mitgestalten-antworten-${new Date().toISOString().slice(0, 10)}.json`, 'application/json', text)) : undefined} />}
    />
  );
}

function progressView(progress: BoardProgress | undefined, t: BoardTranslate): ImportProgressView | undefined {
  if (!progress) return undefined;
  if (progress.step === 'clustering') return { text: t('board.import.clustering') };
  return { text: t('board.import.reading', { count: progress.total, done: progress.done }), done: progress.done, total: progress.total };
}

function describeAnnouncement(announcement: Announcement | undefined, t: BoardTranslate): string {
  if (!announcement) return '';
  switch (announcement.key) {
    case 'imported':
      return t('board.announce.imported', { count: announcement.files.length });
    case 'cancelled':
      return t('board.announce.cancelled');
    case 'decided':
      return [
        t('board.announce.decided', { count: announcement.count }),
        ...(announcement.refused.length ? [t('board.announce.refused', { count: announcement.refused.length })] : []),
        ...(announcement.redactions ? [t('board.announce.redacted', { count: announcement.redactions })] : []),
      ].join(' ');
    case 'merged':
      return t('board.announce.merged');
    case 'split':
      return t('board.announce.split', { count: announcement.count });
    case 'mapped':
      return t('board.announce.mapped', { count: announcement.count });
  }
}

