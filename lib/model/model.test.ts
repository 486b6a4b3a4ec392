import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import { Batch, parseWith, ReceiptStatus, SubmissionReceipt, Suggestion, ValidationError } from '.';
import { publishedJsonSchemas, serializeSchema } from './json-schema';

const repoFile = (path: string) => new URL(`../../${path}`, import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(repoFile(path), 'utf8'));

const examples = [
  { file: 'schema/examples/batch.json', schema: Batch, jsonSchema: 'batch.schema.json' },
  { file: 'schema/examples/suggestion.json', schema: Suggestion, jsonSchema: 'suggestion.schema.json' },
  { file: 'schema/examples/receipt.json', schema: SubmissionReceipt, jsonSchema: 'receipt.schema.json' },
  { file: 'schema/examples/receipt-status.json', schema: ReceiptStatus, jsonSchema: 'receipt-status.schema.json' },
] as const;

function jsonSchemaValidator(file: string) {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(readJson(`schema/${file}`) as object);
}

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('published JSON Schema', () => {
  it.each(Object.entries(publishedJsonSchemas()))('schema/%s matches the zod model (run `npm run schema` after changing lib/model)', (file, schema) => {
    expect(readFileSync(repoFile(`schema/${file}`), 'utf8')).toBe(serializeSchema(schema));
  });

  it.each(examples)('$file is valid for zod and for the published JSON Schema', ({ file, schema, jsonSchema }) => {
    const example = readJson(file);
    expect(() => parseWith(schema, example, file)).not.toThrow();
    const validate = jsonSchemaValidator(jsonSchema);
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });

  it('lets a Jobcenter reject a batch with a URL that is not a URL using the JSON Schema alone', () => {
    const batch = readJson('schema/examples/batch.json') as { suggestions: Array<{ page: { url: string } }> };
    batch.suggestions[0]!.page.url = 'keine Adresse';
    const validate = jsonSchemaValidator('batch.schema.json');
    expect(validate(batch)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/suggestions/0/page/url');
  });
});

describe('validation errors name the bad field and what was expected', () => {
  const batch = () => structuredClone(readJson('schema/examples/batch.json')) as Record<string, any>;

  it('names a nested path and the expected type', () => {
    const data = batch();
    data.suggestions[1].target.selectors[0].exact = 42;
    const problems = problemsOf(() => parseWith(Batch, data, 'Paketdatei'));
    expect(problems).toEqual([{ path: 'suggestions[1].target.selectors[0].exact', code: 'type', params: { expected: 'string' } }]);
  });

  it('reports every problem, not only the first', () => {
    const data = batch();
    data.batchId = 'nicht-eine-uuid';
    data.suggestions[0].category = 'beschwerde';
    delete data.suggestions[0].problem;
    const paths = problemsOf(() => parseWith(Batch, data, 'Paketdatei')).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['batchId', 'suggestions[0].category', 'suggestions[0].problem']));
  });

  it('says a missing field is missing, and puts codes, never sentences, into the problems', () => {
    const data = batch();
    data.schemaVersion = 2;
    delete data.suggestions[0].problem;
    expect(problemsOf(() => parseWith(Batch, data, 'batch file'))).toEqual([
      { path: 'schemaVersion', code: 'value', params: { expected: '1' } },
      { path: 'suggestions[0].problem', code: 'missing' },
    ]);
    expect(() => parseWith(Batch, data, 'batch file')).toThrow(/^batch file is invalid: schemaVersion: value; suggestions\[0\]\.problem: missing$/);
  });

  it('refuses URLs with query or fragment, where personal data hides', () => {
    const problems = problemsOf(() =>
      parseWith(Suggestion, makeSuggestion({ page: { url: 'https://jobcenter.example/antrag#bg=12345BG1234567', title: 'x' } }), 'Vorschlag'),
    );
    expect(problems[0]).toEqual({ path: 'page.url', code: 'other', params: { rule: 'no-query-or-fragment' } });
  });

  it('refuses a batch that holds the same suggestion twice', () => {
    const suggestion = makeSuggestion();
    const data = { ...batch(), suggestions: [suggestion, suggestion] };
    expect(problemsOf(() => parseWith(Batch, data, 'Paket'))).toEqual([{ path: 'suggestions[1].id', code: 'other', params: { rule: 'unique-id' } }]);
  });

  it('limits a batch to 1–500 suggestions', () => {
    expect(problemsOf(() => parseWith(Batch, { ...batch(), suggestions: [] }, 'Paket'))[0]?.path).toBe('suggestions');
    const many = Array.from({ length: 501 }, () => makeSuggestion());
    expect(problemsOf(() => parseWith(Batch, { ...batch(), suggestions: many }, 'Paket'))[0]?.path).toBe('suggestions');
    expect(() => parseWith(Batch, { ...batch(), suggestions: many.slice(0, 500) }, 'Paket')).not.toThrow();
  });

  it('requires selectors for every target but the whole page', () => {
    const field = makeSuggestion({ target: { kind: 'field', selectors: [] } });
    expect(problemsOf(() => parseWith(Suggestion, field, 'Vorschlag'))[0]?.path).toBe('target.selectors');
    expect(() => parseWith(Suggestion, makeSuggestion({ target: { kind: 'page', selectors: [] } }), 'Vorschlag')).not.toThrow();
  });
});
