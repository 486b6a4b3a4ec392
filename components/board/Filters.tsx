import type { AuthorRole, BacklogStatus, Category } from '../../lib/model';
import type { BoardFilter } from '../../lib/triage';
import type { BoardTranslate } from './types';

const STATUSES: BacklogStatus[] = ['received', 'in-review', 'planned', 'implemented', 'declined', 'merged'];
const CATEGORIES: Category[] = ['unclear-wording', 'missing-information', 'process-friction', 'accessibility-barrier', 'technical-error', 'data-protection', 'translation', 'other'];
const ROLES: AuthorRole[] = ['claimant', 'caseworker', 'advisor', 'other'];

interface FiltersProps {
  t: BoardTranslate;
  filter: BoardFilter;
  services: readonly string[];
  shown: number;
  total: number;
  onChange(filter: BoardFilter): void;
}

/** Search and filters; every control labelled, results counted in a live region by the board. */
export function Filters({ t, filter, services, shown, total, onChange }: FiltersProps) {
  const select = <T extends string>(id: string, label: string, value: T | undefined, options: ReadonlyArray<{ value: T; label: string }>, set: (value: T | undefined) => void) => (
    <div class="mg-field">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => set((event.currentTarget.value || undefined) as T | undefined)}>
        <option value="">{t('board.filter.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  const one = <T,>(values: readonly T[] | undefined) => values?.[0];
  const many = <T,>(value: T | undefined) => (value === undefined ? undefined : [value]);
  return (
    <section class="mg-filters" aria-label={t('board.filter.title')}>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <div class="mg-field mg-wide">
          <label for="board-q">{t('board.filter.search')}</label>
          <input id="board-q" type="search" value={filter.q ?? ''} onInput={(event) => onChange({ ...filter, q: event.currentTarget.value || undefined })} />
        </div>
        {select('board-status', t('board.filter.status'), one(filter.status), STATUSES.map((value) => ({ value, label: t(`status.${value}`) })), (value) => onChange({ ...filter, status: many(value) }))}
        {select('board-service', t('board.filter.service'), one(filter.service), services.map((value) => ({ value, label: value })), (value) => onChange({ ...filter, service: many(value) }))}
        {select('board-category', t('board.filter.category'), one(filter.category), CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) })), (value) => onChange({ ...filter, category: many(value) }))}
        {select('board-role', t('board.filter.role'), one(filter.authorRole), ROLES.map((value) => ({ value, label: t(`role.${value}`) })), (value) => onChange({ ...filter, authorRole: many(value) }))}
      </form>
      <p class="mg-hint">{t('board.filter.shown', { count: shown, total })}</p>
    </section>
  );
}
