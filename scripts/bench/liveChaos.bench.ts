/**
 * Nothing accepted is lost (issue 22, item 9): the live meeting's chaos run (tests/e2e/liveChaos/run.ts) with node
 * clients of the adapter against the local Fluid service: the service restarted, the facilitator's window killed and
 * rejoined, a family member's network dropped and back. `live.accepted`: proposals the facilitator accepted plus says
 * the family gave; `live.lost`: of those, what the facilitator's save does not hold (must be 0).
 */
import type { Figure } from '../bench';
import { liveChaosRun } from '../../tests/e2e/liveChaos/run';

const PROPOSALS = 56;

export async function run(): Promise<Figure[]> {
  const started = Date.now();
  const result = await liveChaosRun({ proposals: PROPOSALS, log: process.env.VP_BENCH_VERBOSE ? (line) => console.log(`# live chaos: ${line}`) : undefined });
  if (result.lost > 0) console.log(`# live chaos lost: ${result.lostWhat.join('; ')}`);
  if (process.env.VP_BENCH_VERBOSE) console.log(`# live chaos: ${result.events.length} events in ${Math.round((Date.now() - started) / 1000)} s`);
  return [
    { metric: 'live.accepted', value: result.accepted, unit: 'changes' },
    { metric: 'live.lost', value: result.lost, unit: 'changes' },
  ];
}
