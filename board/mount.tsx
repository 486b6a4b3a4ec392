import { signal } from '@preact/signals';
import { render } from 'preact';
import { boardCss } from '../components/board/board.css';
import { SignIn, type SignInProblem } from '../components/board/SignIn';
import { chooseLanguage, createTranslator, textDirection } from '../lib/i18n';
import { BOARD_CATALOGUES } from '../lib/i18n/board-messages';
import type { Language } from '../lib/model';
import { BoardApp, type ShowOnPage } from './BoardApp';
import { BacklogSignInError, createBacklogSource } from './backlog-source';
import type { BoardSource } from './source';
import { createBoardState, type BoardState } from './state';
import { createWorkerFileSource } from './worker-file-source';

/**
 * Start the triage board in `root`: on batch files in the extension's IndexedDB (the extension page), or
 * on the backlog's triage API (served by the backlog at /board, after signing in with a token).
 */
export function mountBoard(root: HTMLElement, kind: 'files' | 'backlog', options: { showOnPage?: ShowOnPage } = {}) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(boardCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  const language = signal<Language>(chooseLanguage(undefined, navigator.languages, undefined));
  const board = signal<BoardState | undefined>(undefined);
  const signIn = signal<{ problem?: SignInProblem; busy: boolean }>({ busy: false });

  const start = async (source: BoardSource, actor: string) => {
    const state = createBoardState(source, actor);
    await state.load();
    board.value = state;
  };

  const connect = async (token: string) => {
    signIn.value = { busy: true };
    try {
      await start(createBacklogSource(token), 'triage-board');
      sessionStorage.setItem('mitgestalten-triage-token', token);
    } catch (error) {
      if (!(error instanceof BacklogSignInError)) throw error;
      sessionStorage.removeItem('mitgestalten-triage-token');
      signIn.value = { busy: false, problem: error.code };
    }
  };

  const App = () => {
    const current = language.value;
    document.documentElement.lang = current;
    document.documentElement.dir = textDirection(current);
    const t = createTranslator(current, BOARD_CATALOGUES[current]);
    document.title = `Mitgestalten – ${t('board.title')}`;
    const state = board.value;
    const sourceLine = kind === 'files' ? t('board.source.files') : t('board.source.backlog', { origin: location.origin });
    if (!state) {
      if (kind === 'files') return <p aria-busy="true">{t('board.loading')}</p>;
      return (
        <main class="mg-board">
          <h1>{t('board.title')}</h1>
          <SignIn t={t} problem={signIn.value.problem} busy={signIn.value.busy} onSignIn={(token) => void connect(token)} />
        </main>
      );
    }
    return <BoardApp state={state} showOnPage={options.showOnPage} language={current} onLanguage={(next) => (language.value = next)} sourceLine={sourceLine} />;
  };
  render(<App />, root);

  if (kind === 'files') void start(createWorkerFileSource(), 'triage-board');
  else {
    const kept = sessionStorage.getItem('mitgestalten-triage-token');
    if (kept) void connect(kept);
  }

  return {
    /** Open a cluster (a marker of the friction map was clicked), showing the cluster list. */
    openCluster(clusterId: string) {
      board.value?.showCluster(clusterId);
    },
  };
}
