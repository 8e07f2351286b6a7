import { useId } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { evaluationsInOrder, scoreHistory } from '../../domain';
import type { Audience, Plan, ScoreSeries } from '../../domain';
import { evaluationMessages as m } from '../../i18n/areas/evaluation';
import { formatDate } from '../formatDate';
import { useLocale } from '../services';
import { useT } from '../useT';
import { CHART, SHAPES, Y_TICKS, markerPath, plotSeries, xOf, yOf } from './chartGeometry';

/**
 * The scaling scores per person across evaluations: a plain SVG line chart (role="img" with a title and a
 * description) and, next to it, an HTML table with the same numbers for screen readers, keyboard users and
 * anyone who wants exact values. No canvas and no chart library: see docs/evaluation.md.
 */

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, alignItems: 'flex-start' },
  figure: { margin: 0, flex: '1 1 28rem', minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  svg: { width: '100%', height: 'auto', maxWidth: `${CHART.width}px`, display: 'block' },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  tick: { fill: tokens.colorNeutralForeground2, fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  line: { fill: 'none', strokeWidth: 2.5, strokeLinejoin: 'round', strokeLinecap: 'round' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, listStyleType: 'none', margin: 0, padding: 0 },
  legendItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  tableWrap: { flex: '1 1 20rem', overflowX: 'auto' },
  table: {
    borderCollapse: 'collapse', minWidth: '100%',
    '& th, & td': { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, textAlign: 'start' },
    '& td.num': { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalS },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
  s0: { stroke: tokens.colorPaletteBlueForeground2, fill: tokens.colorPaletteBlueForeground2 },
  s1: { stroke: tokens.colorPaletteDarkOrangeForeground2, fill: tokens.colorPaletteDarkOrangeForeground2 },
  s2: { stroke: tokens.colorPaletteGreenForeground2, fill: tokens.colorPaletteGreenForeground2 },
  s3: { stroke: tokens.colorPaletteBerryForeground2, fill: tokens.colorPaletteBerryForeground2 },
  s4: { stroke: tokens.colorPaletteTealForeground2, fill: tokens.colorPaletteTealForeground2 },
  s5: { stroke: tokens.colorPaletteGrapeForeground2, fill: tokens.colorPaletteGrapeForeground2 },
  s6: { stroke: tokens.colorPaletteBrownForeground2, fill: tokens.colorPaletteBrownForeground2 },
  s7: { stroke: tokens.colorPaletteMarigoldForeground2, fill: tokens.colorPaletteMarigoldForeground2 },
});

const SERIES_CLASSES = ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7'] as const;
const DASHES: ReadonlyArray<string | undefined> = [undefined, '7 4', '2 4', '10 4 2 4'];

export function ScoreChart({ plan }: { plan: Plan }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const titleId = useId();
  const descId = useId();
  const evaluations = evaluationsInOrder(plan);
  const history = scoreHistory(plan);
  if (history.length === 0) return <p>{t(m['chart.empty'])}</p>;

  const dates = evaluations.map((e) => formatDate(e.date, locale, { month: 'short', empty: t(m['chart.undated']) }));
  const nameOf = (s: ScoreSeries) => s.name.trim() || t(m['chart.removed']);
  const audience = (a: Audience) => t(m[`audience.${a}`]);
  const seriesClass = (i: number) => styles[SERIES_CLASSES[i % SERIES_CLASSES.length] ?? 's0'];
  const shapeOf = (i: number) => SHAPES[i % SHAPES.length] ?? 'circle';
  const dashOf = (i: number) => DASHES[Math.floor(i / SHAPES.length) % DASHES.length];

  return (
    <div className={styles.root}>
      <figure className={styles.figure}>
        <svg className={styles.svg} viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
          <title id={titleId}>{t(m['chart.title'])}</title>
          <desc id={descId}>{t(m['chart.desc'], { people: history.length, evaluations: evaluations.length })}</desc>
          {Y_TICKS.map((tick) => (
            <g key={tick}>
              <line className={tick === 0 ? styles.axis : styles.grid} x1={CHART.left} x2={CHART.width - CHART.right} y1={yOf(tick)} y2={yOf(tick)} />
              <text className={styles.tick} x={CHART.left - 8} y={yOf(tick)} textAnchor="end" dominantBaseline="middle">{tick}</text>
            </g>
          ))}
          {dates.map((label, i) => (
            <text key={evaluations[i]?.id ?? i} className={styles.tick} x={xOf(i, dates.length)} y={CHART.height - CHART.bottom + 20} textAnchor="middle">{label}</text>
          ))}
          {history.map((series, i) => {
            const { points, runs } = plotSeries(series, evaluations.length);
            return (
              <g key={series.personId} className={seriesClass(i)} data-person={series.personId}>
                {runs.map((run, r) => (
                  <polyline key={r} className={mergeClasses(seriesClass(i), styles.line)} strokeDasharray={dashOf(i)}
                    points={run.map((p) => `${p.x},${p.y}`).join(' ')} />
                ))}
                {points.map((p) => <path key={p.index} d={markerPath(shapeOf(i), p.x, p.y)} data-score={p.score} />)}
              </g>
            );
          })}
        </svg>
        <figcaption>
          <ul className={styles.legend} aria-label={t(m['chart.legend'])}>
            {history.map((series, i) => (
              <li key={series.personId} className={styles.legendItem}>
                <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" className={seriesClass(i)}>
                  <line x1="1" x2="27" y1="7" y2="7" className={mergeClasses(seriesClass(i), styles.line)} strokeDasharray={dashOf(i)} />
                  <path d={markerPath(shapeOf(i), 14, 7, 4)} />
                </svg>
                <span>{`${nameOf(series)} (${audience(series.audience)})`}</span>
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className={styles.caption}>{t(m['chart.caption'])}</caption>
          <thead>
            <tr>
              <th scope="col">{t(m['chart.person'])}</th>
              <th scope="col">{t(m['chart.group'])}</th>
              {dates.map((label, i) => <th key={evaluations[i]?.id ?? i} scope="col">{label}</th>)}
            </tr>
          </thead>
          <tbody>
            {history.map((series) => (
              <tr key={series.personId}>
                <th scope="row">{nameOf(series)}</th>
                <td>{audience(series.audience)}</td>
                {series.points.map((p) => (
                  <td key={p.evaluationId} className="num">
                    {p.score === null ? <><span aria-hidden="true">–</span><span className={styles.srOnly}>{t(m['chart.noScore'])}</span></> : p.score}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
