import type { StepGroup } from '../../lib/triage';
import type { BoardTranslate } from './types';

const STEPS = 20;
const TARGETS = 8;

/** Where friction concentrates: service and step, then target, claimants and caseworkers side by side. */
export function Overview({ t, groups }: { t: BoardTranslate; groups: readonly StepGroup[] }) {
  return (
    <section class="mg-overview" aria-labelledby="board-overview-title">
      <h2 id="board-overview-title">{t('board.overview.title')}</h2>
      {groups.slice(0, STEPS).map((group) => (
        <table key={`${group.service}|${group.step}`}>
          <caption>
            {group.service ? `${group.service} · ` : ''}
            {group.step} – {t('board.suggestionCount', { count: group.count })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('board.overview.target')}</th>
              <th scope="col">{t('role.claimant')}</th>
              <th scope="col">{t('role.caseworker')}</th>
              <th scope="col">{t('board.overview.others')}</th>
              <th scope="col">{t('board.overview.total')}</th>
            </tr>
          </thead>
          <tbody>
            {group.targets.slice(0, TARGETS).map((target) => (
              <tr key={`${target.kind}|${target.label}`}>
                <th scope="row">
                  {target.label || t('board.detail.wholePage')}
                  {target.bothSides && <strong class="mg-both"> {t('board.bothSides')}</strong>}
                </th>
                <td>{target.byRole.claimant}</td>
                <td>{target.byRole.caseworker}</td>
                <td>{target.byRole.advisor + target.byRole.other}</td>
                <td>{target.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
