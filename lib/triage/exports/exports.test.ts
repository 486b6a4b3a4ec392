import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../../tests/fixtures/make-suggestion';
import { clusterSuggestions } from '../cluster';
import type { TriageRecord } from '../record';
import { exportFile, type ExportFormat } from './export-file';

const field = (label: string) => ({ kind: 'field' as const, label, selectors: [{ type: 'FieldSelector' as const, label, legends: ['Kosten der Unterkunft'], controlType: 'number' as const, id: 'kalt"miete' }] });

/** Two claimants and a caseworker on one field (one of them hostile), and a passage of text elsewhere. */
function sample(): TriageRecord[] {
  const page = { url: 'https://jobcenter-musterstadt.example/buergergeld/wohnen', title: 'Wohnen', service: 'WBA', step: 'Wohnen und Heizkosten' };
  return [
    { suggestion: makeSuggestion({ page, target: field('Kaltmiete in Euro'), problem: 'Gehört die Garage zur Kaltmiete?', proposal: 'Kaltmiete (ohne Garage)' }), status: 'planned', receiptCode: 'K7QP-2MX4-9RTA', publicAnswer: 'Wir ergänzen den Hinweis im Mai.', history: [{ from: 'received', to: 'planned', by: 'sachgebiet-wba', at: '2026-11-20T10:00:00Z' }] },
    { suggestion: makeSuggestion({ page, target: field('Kaltmiete in Euro'), problem: '=HYPERLINK("https://boese.example") @all\n/close\n```\n{noformat}', authorRole: 'caseworker' }), status: 'received', history: [] },
    { suggestion: makeSuggestion({ page, target: field('Kaltmiete in Euro'), problem: 'x'.repeat(400), language: 'de' }), status: 'received', history: [] },
    {
      suggestion: makeSuggestion({
        page: { ...page, step: 'Einkommen' },
        target: { kind: 'text', label: 'Nachweise bitte vollständig', selectors: [{ type: 'TextQuoteSelector', exact: 'Nachweise bitte vollständig', prefix: 'Die ', suffix: ' einreichen' }, { type: 'TextPositionSelector', start: 10, end: 37 }, { type: 'CssSelector', value: 'main > p:nth-of-type(2)' }] },
        problem: 'Welche Nachweise genau?',
        language: 'uk',
      }),
      status: 'declined',
      history: [],
    },
  ];
}

function run(format: ExportFormat) {
  const records = sample();
  const clustering = clusterSuggestions(records.map(({ suggestion }) => ({ suggestion })));
  return { records, clustering, file: exportFile(format, records, clustering, { exportedAt: '2026-11-29T12:00:00Z', timeZone: 'Europe/Berlin' }) };
}

const readCsv = (text: string, delimiter: string) => parse(text, { delimiter, bom: false, relax_column_count: false }) as string[][];

describe('CSV for German Excel', () => {
  it('is UTF-8 with byte order mark, semicolons and CRLF, with the triage state in German and formulas neutralised', () => {
    const { file } = run('csv');
    expect(file.text.startsWith('\uFEFF')).toBe(true);
    expect(file.text.split('\r\n')).toHaveLength(6);
    const [header, ...rows] = readCsv(file.text.slice(1), ';');
    expect(header).toEqual(expect.arrayContaining(['Status', 'Öffentliche Antwort', 'Interne Notiz', 'Cluster', 'Ähnliche Vorschläge', 'Empfangscode']));
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((row) => row[column('Status')])).toEqual(['geplant', 'neu', 'neu', 'abgelehnt']);
    expect(rows[0]![column('Ähnliche Vorschläge')]).toBe('3');
    expect(rows[1]![column('Problem')]!.startsWith("'=HYPERLINK")).toBe(true);
  });
});

describe('Jira CSV import', () => {
  it('has one row per cluster with Jira field names, labels without spaces in repeated columns, no byte order mark', () => {
    const { file } = run('jira');
    expect(file.text.startsWith('"Summary"')).toBe(true);
    const [header, ...rows] = readCsv(file.text, ',');
    expect(header!.slice(0, 3)).toEqual(['Summary', 'Issue Type', 'Description']);
    expect(header!.filter((name) => name === 'Labels').length).toBeGreaterThan(1);
    expect(header!.at(-1)).toBe('Component');
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect([...row[0]!].length).toBeLessThanOrEqual(255);
      expect(row[0]).not.toMatch(/\n/);
      header!.forEach((name, i) => name === 'Labels' && expect(row[i]).toMatch(/^[a-z0-9-]*$/));
    }
    expect(rows[0]![0]).toMatch(/^WBA › Wohnen und Heizkosten › Kaltmiete in Euro: /);
    expect(rows[0]!.at(-1)).toBe('WBA');
  });
  it('shows what people wrote literally: their text cannot end the {noformat} block', () => {
    const description = readCsv(run('jira').file.text, ',')[1]![2]!;
    expect(description).toContain('Vorschläge: 3 (Leistungsberechtigte 2 | Fachkräfte 1) – Leistungsberechtigte und Fachkräfte nennen dieselbe Stelle.');
    const blocks = description.split('{noformat}');
    // Opening and closing markers alternate; the hostile text sits inside one block, its marker broken.
    expect(blocks.length % 2).toBe(1);
    expect(description).toContain('{ noformat}');
  });
});

describe('GitLab', () => {
  it('CSV import: title and description, no byte order mark, confidential and labelled through quick actions', () => {
    const [header, ...rows] = readCsv(run('gitlab').file.text, ',');
    expect(header).toEqual(['title', 'description']);
    expect(rows).toHaveLength(2);
    const lines = rows[0]![1]!.split('\n');
    expect(lines).toContain('/confidential');
    expect(lines.some((line) => /^\/label ~"mitgestalten" ~"kategorie-unclear-wording"/.test(line))).toBe(true);
  });
  it('keeps people’s words in code blocks, so "/close" or "@all" in a suggestion is no command and no mention', () => {
    const description = readCsv(run('gitlab').file.text, ',')[1]![1]!;
    const hostile = description.indexOf('/close');
    const before = description.slice(0, hostile);
    const fence = /(`{4,})text\n[^]*$/.exec(before);
    // The text holds ``` itself, so its block is fenced with four backticks, closed after it.
    expect(fence?.[1]).toBe('````');
    expect(description.slice(hostile)).toMatch(/\n````\n/);
  });
  it('REST payloads are confidential unless a team decides otherwise', () => {
    const payloads = JSON.parse(run('gitlab-api').file.text) as Array<Record<string, unknown>>;
    expect(payloads).toHaveLength(2);
    for (const payload of payloads) {
      expect(payload).toMatchObject({ confidential: true, title: expect.any(String), description: expect.any(String) });
      expect(String(payload.labels).split(',')).toContain('mitgestalten');
    }
  });
});

/**
 * OpenProject's published WorkPackageWriteModel (docs/api/apiv3 of opf/openproject): `subject` a string,
 * `description` a Formattable (`format` required: plain, markdown or custom; `raw`), `_links.project`
 * and `_links.type` Links with a required `href`. Written out here as JSON Schema for ajv.
 */
const link = { type: 'object', required: ['href'], properties: { href: { type: ['string', 'null'] }, title: { type: 'string' } } };
const WORK_PACKAGE_WRITE_MODEL = {
  type: 'object',
  required: ['subject', '_links'],
  properties: {
    subject: { type: 'string', minLength: 1, maxLength: 255 },
    description: { type: 'object', required: ['format'], properties: { format: { enum: ['plain', 'markdown', 'custom'] }, raw: { type: 'string' } }, additionalProperties: false },
    _links: { type: 'object', required: ['project', 'type'], properties: { project: link, type: link } },
  },
  additionalProperties: false,
};

describe('OpenProject API v3 work packages', () => {
  it('are valid write models with links to project and type', () => {
    const packages = JSON.parse(run('openproject').file.text) as unknown[];
    const ajv = new Ajv2020({ allErrors: true });
    const validate = ajv.compile(WORK_PACKAGE_WRITE_MODEL);
    for (const workPackage of packages) expect(validate(workPackage), JSON.stringify(validate.errors)).toBe(true);
    expect(packages[0]).toMatchObject({ _links: { project: { href: '/api/v3/projects/mitgestalten' }, type: { href: '/api/v3/types/1' } }, description: { format: 'markdown' } });
  });
});

/**
 * The MUSTs of the W3C Web Annotation Data Model (§3.1, §3.2.4, §4.2) that our annotations touch, as
 * JSON Schema: the context, an IRI id, type Annotation, TextualBodies with a value, motivations and
 * purposes from the model's list, a target that is an IRI or a SpecificResource with a source and
 * selectors of the model's types.
 */
const selector: object = {
  type: 'object',
  required: ['type'],
  oneOf: [
    { properties: { type: { const: 'TextQuoteSelector' }, exact: { type: 'string', minLength: 1 }, prefix: { type: 'string' }, suffix: { type: 'string' } }, required: ['exact'], additionalProperties: false },
    { properties: { type: { const: 'TextPositionSelector' }, start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } }, required: ['start', 'end'], additionalProperties: false },
    { properties: { type: { enum: ['CssSelector', 'XPathSelector'] }, value: { type: 'string', minLength: 1 }, refinedBy: { $ref: '#/$defs/selector' } }, required: ['value'], additionalProperties: false },
  ],
};
const MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];
const ANNOTATION = {
  $defs: { selector },
  type: 'object',
  required: ['@context', 'id', 'type', 'target'],
  properties: {
    '@context': { const: 'http://www.w3.org/ns/anno.jsonld' },
    id: { type: 'string', format: 'iri' },
    type: { const: 'Annotation' },
    motivation: { enum: MOTIVATIONS },
    created: { type: 'string', format: 'date-time' },
    modified: { type: 'string', format: 'date-time' },
    body: { type: 'array', items: { type: 'object', required: ['type', 'value'], properties: { type: { const: 'TextualBody' }, value: { type: 'string' }, purpose: { enum: MOTIVATIONS }, format: { const: 'text/plain' }, language: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$' } } } },
    target: {
      oneOf: [
        { type: 'string', format: 'iri' },
        { type: 'object', required: ['source', 'selector'], properties: { source: { type: 'string', format: 'iri' }, selector: { oneOf: [{ $ref: '#/$defs/selector' }, { type: 'array', minItems: 2, items: { $ref: '#/$defs/selector' } }] } } },
      ],
    },
  },
};

describe('W3C Web Annotation JSON-LD', () => {
  it('is an AnnotationCollection with one valid annotation per suggestion', () => {
    const { file, records } = run('w3c');
    const collection = JSON.parse(file.text) as { '@context': string; type: string; total: number; first: { type: string; items: unknown[] } };
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: records.length, first: { type: 'AnnotationPage' } });
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    ajv.addFormat('iri', /^[a-z][a-z0-9+.-]*:[^\s]+$/i);
    const validate = ajv.compile(ANNOTATION);
    for (const annotation of collection.first.items) expect(validate(annotation), JSON.stringify(validate.errors)).toBe(true);
  });
  it('names a passage by quote, position and the element refined by the quote; a field by its id', () => {
    const items = (JSON.parse(run('w3c').file.text) as { first: { items: Array<{ target: { selector: unknown }; body: Array<{ purpose: string; value: string }> }> } }).first.items;
    const quote = { type: 'TextQuoteSelector', exact: 'Nachweise bitte vollständig', prefix: 'Die ', suffix: ' einreichen' };
    expect(items[3]!.target.selector).toEqual([quote, { type: 'TextPositionSelector', start: 10, end: 37 }, { type: 'CssSelector', value: 'main > p:nth-of-type(2)', refinedBy: quote }]);
    expect(items[0]!.target.selector).toEqual({ type: 'CssSelector', value: '[id="kalt\\"miete"]' });
    expect(items[0]!.body.map((body) => body.purpose)).toEqual(['commenting', 'editing', 'tagging']);
  });
});
