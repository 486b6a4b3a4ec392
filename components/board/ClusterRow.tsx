import type { AuthorRole } from '../../lib/model';
import type { BoardTranslate } from './types';

export interface ClusterRowData {
  id: string;
  /** Suggestions in the cluster, and of those how many match the filter. */
  count: number;
  hits: number;
  problem: string;
  where: string;
  byRole: Record<AuthorRole, number>;
  bothSides: boolean;
}

interface ClusterRowProps {
  t: BoardTranslate;
  index: number;
  data: ClusterRowData;
  open: boolean;
  marked: boolean;
  onOpen(id: string): void;
  onMark(id: string): void;
}

/** One cluster in the list: how many, from whom, where, and the first words said. */
export function ClusterRow({ t, index, data, open, marked, onOpen, onMark }: ClusterRowProps) {
  const roles = t('board.roles', { claimants: data.byRole.claimant, caseworkers: data.byRole.caseworker });
  return (
    <div class={`mg-cluster${open ? ' mg-open' : ''}`}>
      <input type="checkbox" checked={marked} onChange={() => onMark(data.id)} aria-label={t('board.markCluster', { where: data.where })} />
      <button type="button" data-row={index} aria-current={open ? 'true' : undefined} onClick={() => onOpen(data.id)}>
        <span class="mg-count">{t('board.suggestionCount', { count: data.count })}</span>
        {data.hits !== data.count && <span class="mg-hits">{t('board.matching', { count: data.hits })}</span>}
        <span class="mg-where">{data.where}</span>
        <span class="mg-problem">{data.problem}</span>
        <span class="mg-roles">
          {roles}
          {data.bothSides && <strong class="mg-both">{t('board.bothSides')}</strong>}
        </span>
      </button>
    </div>
  );
}
