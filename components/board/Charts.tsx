import type { ChartRow, Charts as ChartFigures } from '../../lib/triage';
import type { BoardTranslate } from './types';

interface ChartProps {
  id: string;
  title: string;
  rows: readonly ChartRow[];
  label(key: string): string;
  t: BoardTranslate;
}

/**
 * One bar chart with its table: the bars are for the eye (hidden from screen readers), the table says
 * the same in rows and columns and is what assistive technology reads.
 */
function Chart({ id, title, rows, label, t }: ChartProps) {
  const max = Math.max(1, ...rows.map((row) => row.count));
  return (
    <figure class="mg-chart" aria-labelledby={id}>
      <figcaption id={id}>{title}</figcaption>
      <div class="mg-bars" aria-hidden="true">
        {rows.slice(0, 30).map((row) => (
          <div key={row.key} class="mg-bar-row">
            <span class="mg-bar-label">{label(row.key)}</span>
            <span class="mg-bar" style={{ inlineSize: `${(row.count / max) * 100}%` }} />
            <span class="mg-bar-value">{row.count}</span>
          </div>
        ))}
      </div>
      <table>
        <caption class="mg-visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.charts.group')}</th>
            <th scope="col">{t('board.charts.count')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{label(row.key)}</th>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function Charts({ t, figures }: { t: BoardTranslate; figures: ChartFigures }) {
  const pair = (key: string) => key.split('|') as [string, string];
  return (
    <section class="mg-charts" aria-labelledby="board-charts-title">
      <h2 id="board-charts-title">{t('board.charts.title')}</h2>
      <Chart id="chart-week" t={t} title={t('board.charts.perWeek')} rows={figures.perServiceAndWeek}
        label={(key) => { const [week, service] = pair(key); return `${week} · ${service || '–'}`; }} />
      <Chart id="chart-category" t={t} title={t('board.charts.perCategory')} rows={figures.perCategory} label={(key) => t(`category.${key as 'other'}`)} />
      <Chart id="chart-role" t={t} title={t('board.charts.perRole')} rows={figures.perRole} label={(key) => t(`role.${key as 'other'}`)} />
      <Chart id="chart-decisions" t={t} title={t('board.charts.decisions')} rows={figures.decisionsPerWeek}
        label={(key) => { const [week, status] = pair(key); return `${week} · ${t(`status.${status as 'planned'}`)}`; }} />
    </section>
  );
}
