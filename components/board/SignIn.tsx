import { useState } from 'preact/hooks';
import type { BoardTranslate } from './types';

export type SignInProblem = 'token-invalid' | 'role-insufficient' | 'unreachable';

interface SignInProps {
  t: BoardTranslate;
  problem?: SignInProblem;
  busy: boolean;
  onSignIn(token: string): void;
}

/** The board on the backlog: sign in with a triage token (the backlog's admin creates one per team). */
export function SignIn({ t, problem, busy, onSignIn }: SignInProps) {
  const [token, setToken] = useState('');
  return (
    <form class="mg-signin" onSubmit={(event) => {
      event.preventDefault();
      if (token.trim()) onSignIn(token.trim());
    }}>
      <h2>{t('board.signIn.title')}</h2>
      <p>{t('board.signIn.intro')}</p>
      <label for="board-token">{t('board.signIn.token')}</label>
      <input id="board-token" type="password" autocomplete="off" value={token} aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'board-token-error' : undefined} onInput={(event) => setToken(event.currentTarget.value)} />
      {problem && <p id="board-token-error" class="mg-error" role="alert">{t(`board.signIn.${problem}`)}</p>}
      <button type="submit" class="mg-button mg-primary" disabled={busy}>
        {t('board.signIn.submit')}
      </button>
    </form>
  );
}
