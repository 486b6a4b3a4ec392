import type { Problem } from './problem';

/**
 * An error that carries a {@link Problem}: thrown in lib/, worded by the UI. Its `message` is for developers' logs.
 * Apart from the schemas in problem.ts, so that code which only throws one (the page agent's device requests,
 * lib/messaging/request.ts) brings no zod along.
 */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly problem: Problem;
  constructor(problem: Problem, options?: { cause?: unknown }) {
    super(`${problem.code}${problem.params ? ` ${JSON.stringify(problem.params)}` : ''}`, options);
    this.problem = problem;
  }
}
