/**
 * Nothing accepted is lost (issue 22, item 9): the live meeting's chaos run (tests/e2e/liveChaos/run.ts) with node
 * clients of the adapter against the local Fluid service: the service restarted, the facilitator's window killed and
 * rejoined, a family member's network dropped and back. `live.accepted`: proposals the facilitator accepted plus says
 * the family gave; `live.lost`: of those, what the facilitator's save does not hold (must be 0).
 */
import type { Figure } from '../bench';
import { ServiceLostItsSequence, liveChaosRun } from '../../tests/e2e/liveChaos/run';
import type { LiveChaosResult } from '../../tests/e2e/liveChaos/run';

const PROPOSALS = 56;

export async function run(): Promise<Figure[]> {
  const started = Date.now();
  const log = process.env.VP_BENCH_VERBOSE ? (line: string) => console.log(`# live chaos: ${line}`) : undefined;
  let result: LiveChaosResult | null = null;
  for (let attempt = 1; !result; attempt += 1) {
    try {
      result = await liveChaosRun({ proposals: PROPOSALS, log });
    } catch (e) {
      // Not the app's loss: the local stand-in for the relay forgot its sequence (see ServiceLostItsSequence).
      if (!(e instanceof ServiceLostItsSequence) || attempt === 3) throw e;
      console.log(`# live chaos: run ${attempt} ended: ${e.message}; run again`);
    }
  }
  if (result.lost > 0) console.log(`# live chaos lost: ${result.lostWhat.join('; ')}`);
  if (process.env.VP_BENCH_VERBOSE) console.log(`# live chaos: ${result.events.length} events in ${Math.round((Date.now() - started) / 1000)} s`);
  return [
    { metric: 'live.accepted', value: result.accepted, unit: 'changes' },
    { metric: 'live.lost', value: result.lost, unit: 'changes' },
  ];
}
