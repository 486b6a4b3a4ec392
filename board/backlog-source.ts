import { ANSWER_FILE_KIND, ClusterEdit, parseWith, TriageList, type TriageAnswerFile } from '../lib/model';
import type { TriageRecord } from '../lib/triage';
import type { BoardData, BoardSource, Refusal } from './source';

/**
 * The board served by the backlog service, on its triage API. The token the person signs in with stays in
 * this tab (sessionStorage) and goes only to this origin. Cluster edits are not kept by the backlog: they
 * stay in this browser (localStorage), and a decision on a cluster reaches the backlog as an answer file.
 */

import type { SignInProblem } from '../components/board/SignIn';

export type { SignInProblem };

const PAGE = 200;
const EDITS_KEY = 'mitgestalten-triage-edits';

export class BacklogSignInError extends Error {
  constructor(readonly code: SignInProblem) {
    super(code);
  }
}

export function createBacklogSource(token: string, base = ''): BoardSource {
  const request = async (path: string, init: RequestInit = {}) => {
    let response: Response;
    try {
      response = await fetch(`${base}/api/v1/triage${path}`, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } });
    } catch {
      throw new BacklogSignInError('unreachable');
    }
    if (response.status === 401) throw new BacklogSignInError('token-invalid');
    if (response.status === 403) throw new BacklogSignInError('role-insufficient');
    if (!response.ok) throw new BacklogSignInError('unreachable');
    return response.json() as Promise<unknown>;
  };
  const storedEdits = (): ClusterEdit[] => {
    try {
      return (JSON.parse(localStorage.getItem(EDITS_KEY) ?? '[]') as unknown[]).map((edit) => parseWith(ClusterEdit, edit, 'cluster edit'));
    } catch {
      return [];
    }
  };

  return {
    kind: 'backlog',
    async load(): Promise<BoardData> {
      const records: TriageRecord[] = [];
      const batchOf = new Map<string, string>();
      for (let offset = 0, total = 1; offset < total; offset += PAGE) {
        const page = parseWith(TriageList, await request(`/suggestions?limit=${PAGE}&offset=${offset}`), 'triage list');
        total = page.total;
        for (const item of page.items) {
          batchOf.set(item.suggestion.id, item.batchId);
          records.push({
            suggestion: item.suggestion,
            status: item.status,
            receiptCode: item.receiptCode,
            receivedAt: item.receivedAt,
            history: [],
            ...(item.publicAnswer ? { publicAnswer: item.publicAnswer } : {}),
            ...(item.internalNote ? { internalNote: item.internalNote } : {}),
            ...(item.mergedInto ? { mergedInto: item.mergedInto } : {}),
          });
        }
        if (page.items.length === 0) break;
      }
      return { records, edits: storedEdits(), batchOf };
    },

    async saveDecisions(changed, by, at) {
      const file: TriageAnswerFile = {
        kind: ANSWER_FILE_KIND,
        schemaVersion: 1,
        exportedAt: at,
        clusterEdits: [],
        decisions: changed.map((record) => ({
          suggestionId: record.suggestion.id,
          status: record.status,
          publicAnswer: record.publicAnswer ?? '',
          internalNote: record.internalNote ?? '',
          ...(record.mergedInto ? { mergedInto: record.mergedInto } : {}),
          decidedAt: at,
          by,
        })),
      };
      const outcome = (await request('/answers', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(file) })) as { refused?: Refusal[] };
      return outcome.refused ?? [];
    },

    async saveEdit(edit) {
      localStorage.setItem(EDITS_KEY, JSON.stringify([...storedEdits(), parseWith(ClusterEdit, edit, 'cluster edit')]));
    },
  };
}
