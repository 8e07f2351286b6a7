import { MAX_SCORE, MIN_SCORE } from '../../domain';
import type { ScoreSeries } from '../../domain';

/** Pixel layout of the scores chart, kept apart from rendering so it can be reasoned about (and tested) on its own. */

export const CHART = { width: 640, height: 300, left: 52, right: 52, top: 16, bottom: 44 } as const;

export const Y_TICKS: ReadonlyArray<number> = [0, 2, 4, 6, 8, 10];

export function xOf(index: number, count: number): number {
  const inner = CHART.width - CHART.left - CHART.right;
  if (count <= 1) return CHART.left + inner / 2;
  return CHART.left + (inner * index) / (count - 1);
}

export function yOf(score: number): number {
  const inner = CHART.height - CHART.top - CHART.bottom;
  return CHART.top + inner * (1 - (score - MIN_SCORE) / (MAX_SCORE - MIN_SCORE));
}

export interface PlottedPoint {
  x: number;
  y: number;
  score: number;
  index: number;
}

/** The points of one series, and the runs of consecutive points to join with a line (a missing score breaks the line). */
export function plotSeries(series: ScoreSeries, count: number): { points: PlottedPoint[]; runs: PlottedPoint[][] } {
  const points: PlottedPoint[] = [];
  const runs: PlottedPoint[][] = [];
  let run: PlottedPoint[] = [];
  series.points.forEach((p, index) => {
    if (p.score === null) {
      if (run.length > 0) runs.push(run);
      run = [];
      return;
    }
    const point = { x: xOf(index, count), y: yOf(p.score), score: p.score, index };
    points.push(point);
    run.push(point);
  });
  if (run.length > 0) runs.push(run);
  return { points, runs: runs.filter((r) => r.length > 1) };
}

/** Marker shapes, so that series differ by more than colour alone. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';
export const SHAPES: ReadonlyArray<MarkerShape> = ['circle', 'square', 'triangle', 'diamond'];

export function markerPath(shape: MarkerShape, x: number, y: number, r = 5): string {
  switch (shape) {
    case 'square':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${x},${y - r - 1}L${x + r + 1},${y + r}L${x - r - 1},${y + r}Z`;
    case 'diamond':
      return `M${x},${y - r - 1}L${x + r + 1},${y}L${x},${y + r + 1}L${x - r - 1},${y}Z`;
    default:
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
}
