import { z } from 'zod';
import de from 'zod/v4/locales/de.js';

/** One problem in a piece of data, located by a readable path such as `suggestions[2].page.url`. */
export interface ValidationProblem {
  path: string;
  message: string;
}

/** Thrown when data crossing a boundary (IndexedDB, file, HTTP, message) does not match its schema. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly what: string,
    readonly problems: ValidationProblem[],
  ) {
    super(`${what} ist ungültig: ${problems.map((p) => `${p.path || '(Wurzel)'}: ${p.message}`).join('; ')}`);
  }
}

const germanErrors = de().localeError;

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Every problem zod found, in German, each with the path of the bad field. */
export function describeProblems(error: z.ZodError): ValidationProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/**
 * Parse `data` with `schema` or throw a {@link ValidationError} that names every bad field.
 * `what` names the data for the person reading the error ("Paketdatei", "Vorschlag").
 */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown, what: string): z.output<S> {
  const result = schema.safeParse(data, { error: germanErrors });
  if (!result.success) throw new ValidationError(what, describeProblems(result.error));
  return result.data;
}
