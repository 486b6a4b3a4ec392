import type { Clustering } from '../cluster';
import type { TriageRecord } from '../record';
import { toExcelCsv } from './excel-csv';
import { toGitLabCsv, toGitLabPayloads } from './gitlab';
import { toJiraCsv } from './jira';
import { DEFAULT_OPENPROJECT, toOpenProjectWorkPackages, type OpenProjectOptions } from './openproject';
import { toAnnotationCollection } from './web-annotation';
import { jiraLiteral, markdownLiteral, workItems } from './work-items';

export const EXPORT_FORMATS = ['csv', 'jira', 'gitlab', 'gitlab-api', 'openproject', 'w3c'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** Batch id per suggestion id, for the spreadsheet's "Paket-ID" column. */
  batchOf?: ReadonlyMap<string, string>;
  openProject?: OpenProjectOptions;
  /** When the export was made (ISO 8601): names the annotation collection. */
  exportedAt: string;
  timeZone?: string;
}

export interface ExportedFile {
  /** Suffix and type of the file, for a download's name and a save dialog. */
  extension: 'csv' | 'json' | 'jsonld';
  mimeType: string;
  text: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The board's records and clusters as a file in one of the formats the administration's tools read. */
export function exportFile(format: ExportFormat, records: readonly TriageRecord[], clustering: Clustering, options: ExportOptions): ExportedFile {
  switch (format) {
    case 'csv':
      return {
        extension: 'csv',
        mimeType: 'text/csv;charset=utf-8',
        text: toExcelCsv(
          records.map((record, index) => {
            const cluster = clustering.clusters[clustering.clusterOf[index]!]!;
            const batchId = options.batchOf?.get(record.suggestion.id);
            return { record, ...(batchId ? { batchId } : {}), clusterId: cluster.id, clusterSize: cluster.members.length };
          }),
          options.timeZone ? { timeZone: options.timeZone } : {},
        ),
      };
    case 'jira':
      return { extension: 'csv', mimeType: 'text/csv;charset=utf-8', text: toJiraCsv(workItems(records, clustering, jiraLiteral)) };
    case 'gitlab':
      return { extension: 'csv', mimeType: 'text/csv;charset=utf-8', text: toGitLabCsv(workItems(records, clustering, markdownLiteral)) };
    case 'gitlab-api':
      return { extension: 'json', mimeType: 'application/json', text: json(toGitLabPayloads(workItems(records, clustering, markdownLiteral))) };
    case 'openproject':
      return { extension: 'json', mimeType: 'application/json', text: json(toOpenProjectWorkPackages(workItems(records, clustering, markdownLiteral), options.openProject ?? DEFAULT_OPENPROJECT)) };
    case 'w3c':
      return { extension: 'jsonld', mimeType: 'application/ld+json', text: json(toAnnotationCollection(records, `urn:mitgestalten:export:${options.exportedAt}`)) };
  }
}
