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

export interface MountOptions {
  /** The extension only: open a form's page with the friction map drawn on it. */
  showOnPage?: ShowOnPage;
  /**
   * The extension only: the backlog it sends to, whose triage API its board can work on as well (so the
   * friction map shows the backlog's suggestions too). `allow` asks for access to that origin, inside the
   * person's click on "sign in".
   */
  backlog?: { base: string; allow(): Promise<boolean> };
  /** The extension only: where the board on the other source is (files ↔ backlog). */
  otherSource?: string;
}

/**
 * Start the triage board in `root`: on batch files in the extension's IndexedDB (the extension page), or
 * on the backlog's triage API (served by the backlog at /board, or opened from the extension), after
 * signing in with a token.
 */
export function mountBoard(root: HTMLElement, kind: 'files' | 'backlog', options: MountOptions = {}) {
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

  const backlogBase = options.backlog?.base ?? '';
  const connect = async (token: string) => {
    signIn.value = { busy: true };
    try {
      if (options.backlog && !(await options.backlog.allow())) throw new BacklogSignInError('unreachable');
      await start(createBacklogSource(token, backlogBase), 'triage-board');
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
    const sourceLine = kind === 'files' ? t('board.source.files') : t('board.source.backlog', { origin: backlogBase || location.origin });
    const otherSource = options.otherSource ? { href: options.otherSource, label: t(kind === 'files' ? 'board.source.toBacklog' : 'board.source.toFiles') } : undefined;
    if (!state) {
      if (kind === 'files') return <p aria-busy="true">{t('board.loading')}</p>;
      return (
        <main class="mg-board">
          <h1>{t('board.title')}</h1>
          {otherSource && <a href={otherSource.href}>{otherSource.label}</a>}
          <SignIn t={t} problem={signIn.value.problem} busy={signIn.value.busy} onSignIn={(token) => void connect(token)} />
        </main>
      );
    }
    return <BoardApp state={state} showOnPage={options.showOnPage} language={current} onLanguage={(next) => (language.value = next)} sourceLine={sourceLine} otherSource={otherSource} />;
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
