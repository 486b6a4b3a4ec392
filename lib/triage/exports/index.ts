// Exports of the triage board into the administration's own tools; each file follows its format's rules.
export { workItems, markdownLiteral, jiraLiteral, MAX_TITLE, type WorkItem } from './work-items';
export { toExcelCsv, type ExcelRowInput } from './excel-csv';
export { toJiraCsv, type JiraOptions } from './jira';
export { toGitLabCsv, toGitLabPayloads, type GitLabIssuePayload, type GitLabOptions } from './gitlab';
export { toOpenProjectWorkPackages, DEFAULT_OPENPROJECT, type OpenProjectWorkPackage, type OpenProjectOptions } from './openproject';
export { toWebAnnotation, toAnnotationCollection, ANNO_CONTEXT, type WebAnnotation, type AnnotationCollection } from './web-annotation';
export { STATUS_DE } from './german';
export { exportFile, EXPORT_FORMATS, type ExportFormat, type ExportOptions, type ExportedFile } from './export-file';
