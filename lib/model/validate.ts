import { z } from 'zod/mini';
import { MAX_FIELD_PROBLEMS, type FieldProblem } from './problem';

export type { FieldProblem };

/**
 * Thrown when data crossing a boundary (IndexedDB, file, HTTP, message) does not match its schema.
 * `problems` names every bad field by path and kind; the UI words them. `message` is for developers' logs.
 */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly what: string,
    readonly problems: FieldProblem[],
  ) {
    const listed = problems.slice(0, MAX_FIELD_PROBLEMS).map((p) => `${p.path || '(root)'}: ${p.code}`);
    super(`${what} is invalid: ${listed.join('; ')}${problems.length > MAX_FIELD_PROBLEMS ? ` (+${problems.length - MAX_FIELD_PROBLEMS})` : ''}`);
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  const text = path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
  // A hostile file can nest deeply or use huge keys; a path is for finding the field, not for reprinting it.
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

const short = (value: unknown) => String(value).slice(0, 80);

/** One zod issue as a field problem: a kind from a small fixed set, with the values a sentence needs. */
function fieldProblemOf(issue: z.core.$ZodIssue): FieldProblem {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? { path, code: 'missing' } : { path, code: 'type', params: { expected: short(issue.expected) } };
    case 'too_big':
      return { path, code: 'too-big', params: { maximum: Number(issue.maximum), origin: short(issue.origin) } };
    case 'too_small':
      return { path, code: 'too-small', params: { minimum: Number(issue.minimum), origin: short(issue.origin) } };
    case 'invalid_format':
      return { path, code: 'format', params: { format: short(issue.format) } };
    case 'invalid_value':
      return { path, code: 'value', params: { expected: issue.values.slice(0, 8).map(short).join(', ') } };
    case 'unrecognized_keys':
      return { path, code: 'unknown-key', params: { keys: issue.keys.slice(0, 5).map(short).join(', ') } };
    case 'custom': {
      const rule = (issue.params as { rule?: unknown } | undefined)?.rule;
      return typeof rule === 'string' ? { path, code: 'other', params: { rule } } : { path, code: 'other' };
    }
    default:
      return { path, code: 'other' };
  }
}

/** Every problem zod found, each with the path of the bad field. */
export function describeProblems(error: z.core.$ZodError): FieldProblem[] {
  return error.issues.map(fieldProblemOf);
}

/**
 * Parse `data` with `schema` or throw a {@link ValidationError} that names every bad field.
 * `what` names the data in developers' logs ("batch file", "stored suggestion").
 */
export function parseWith<S extends z.core.$ZodType>(schema: S, data: unknown, what: string): z.output<S> {
  // `reportInput` only to tell a missing field from a wrong one; the input itself never leaves this function.
  const result = z.safeParse(schema, data, { reportInput: true });
  if (!result.success) throw new ValidationError(what, describeProblems(result.error));
  return result.data;
}
