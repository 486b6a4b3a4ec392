import type { WorkItem } from './work-items';

/**
 * OpenProject API v3 work packages, one per cluster (WorkPackageWriteModel: `subject`, `description`
 * as a Formattable in Markdown, `_links` to project and type). Create them in two steps, as
 * OpenProject intends (docs/triage-exports.md):
 *
 * 1. `POST /api/v3/projects/{project}/work_packages/form` with the payload: the answer's
 *    `_embedded.validationErrors` says what the project needs besides (a required custom field, a
 *    type the project does not have); `_embedded.payload` is the payload as OpenProject completed it.
 * 2. When there are no validation errors, `POST` that payload to the form's `_links.commit.href`
 *    (`/api/v3/work_packages`).
 */

export interface OpenProjectLink {
  href: string;
  title?: string;
}

export interface OpenProjectWorkPackage {
  subject: string;
  description: { format: 'markdown'; raw: string };
  _links: { project: OpenProjectLink; type: OpenProjectLink };
}

export interface OpenProjectOptions {
  /** The project's id or identifier, e.g. "co-design" or "12". */
  project: string;
  /** The id of the work package type, e.g. "1" (Task in a fresh installation). */
  type: string;
}

export const DEFAULT_OPENPROJECT: OpenProjectOptions = { project: 'mitgestalten', type: '1' };

export function toOpenProjectWorkPackages(items: readonly WorkItem[], options: OpenProjectOptions = DEFAULT_OPENPROJECT): OpenProjectWorkPackage[] {
  const project = `/api/v3/projects/${encodeURIComponent(options.project)}`;
  const type = `/api/v3/types/${encodeURIComponent(options.type)}`;
  return items.map((item) => ({
    subject: item.title,
    description: { format: 'markdown', raw: `${item.description}\n\nLabels: ${item.labels.join(', ')}` },
    _links: { project: { href: project }, type: { href: type } },
  }));
}
