/** @jest-environment node */
import { parsePlan } from '../../../src/domain';
import { keystrokeRatio, latenciesPerKey, percentile } from '../../../scripts/bench/keystroke.bench';
import { largePlan } from '../../../scripts/bench/largePlan';

describe('keystroke bench helpers', () => {
  it('counts a key the Event Timing API did not report as its 16 ms floor', () => {
    expect(latenciesPerKey([40, 24], 4)).toEqual([40, 24, 16, 16]);
    expect(latenciesPerKey([40, 24, 32], 2)).toEqual([40, 24, 32]);
  });

  it('takes the nearest-rank percentile', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => (i < 28 ? 16 : 48));
    expect(percentile(thirty, 95)).toBe(48);
    expect(percentile(thirty, 50)).toBe(16);
    expect(percentile([], 95)).toBe(0);
  });

  it('divides by at least the floor, so a fast empty plan does not inflate the ratio', () => {
    expect(keystrokeRatio(24, 16)).toBe(1.5);
    expect(keystrokeRatio(24, 0)).toBe(1.5);
    expect(keystrokeRatio(100, 40)).toBe(2.5);
  });

  it('builds a valid plan of the asked size', () => {
    const plan = largePlan(200, 40);
    expect(parsePlan(plan).ok).toBe(true);
    expect(plan.agreements).toHaveLength(200);
    expect(plan.socialNetwork).toHaveLength(40);
  });
});
