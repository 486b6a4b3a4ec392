import { z } from 'zod';
import de from 'zod/v4/locales/de.js';
import type { ApiProblem } from '../../lib/model';
import { formatPath } from '../../lib/model/validate';
import { Refusal } from '../refusal';

const germanErrors = de().localeError;

/** Parse with a zod schema from lib/model (zod/mini) or the server's own, or refuse with every problem, its path and zod's code. */
export function parseOrRefuse<S extends z.core.$ZodType>(schema: S, data: unknown): z.output<S> {
  const result = z.safeParse(schema, data, { error: germanErrors });
  if (result.success) return result.data;
  const problems: ApiProblem[] = result.error.issues.map((issue) => ({ path: formatPath(issue.path), code: issue.code, message: issue.message }));
  throw new Refusal('schema-violation', { problems });
}

/** JSON from a request body, or a refusal with `invalid-json`. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Refusal('invalid-json');
  }
}
