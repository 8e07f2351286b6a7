import { performance } from 'node:perf_hooks';
import { checkPlan } from '../../src/domain';
import type { Plan } from '../../src/domain';
import type { Figure } from '../bench';
import { largePlan } from './largePlan';

/**
 * The quality check on the 200-agreement plan (scripts/bench/largePlan.ts), filled out so that every rule has work to do:
 * checks linked to agreements, an evaluation that reviewed every agreement, incidents, copies with consent, the history
 * of conditions, the family's agreement.
 * - `rules.check.ms.200`: the 95th percentile of the CPU time of one `checkPlan` call (process.cpuUsage). CPU time, because
 *   on a shared machine the wall clock of a sub-millisecond call mostly measures when the scheduler lets it run: with
 *   eight processes on two cores a preempted call waits 10-20 ms, which is the other processes' time, not the check's.
 * - `rules.check.wall.ms.200`: the same percentile on the wall clock, for comparison.
 */
const RUNS = 300;
const WARM_UP = 30;

export function fullLargePlan(): Plan {
  const plan = largePlan(200, 40);
  const day = '2026-11-18';
  const agreements = plan.agreements.map((a, i) => ({ ...a, safety: i % 3 === 0 ? 'acute' as const : 'stable' as const }));
  return {
    ...plan,
    madeOn: day, validFrom: day, validUntil: '2027-02-18', evaluationDate: '2027-01-20', evaluationPlace: 'Wijkteam', evaluationInitiatorId: 'pro',
    evaluationAttendeeIds: ['mother', 'pro'], safetyDecision: 'structural', authorityConsulted: true, authorityConsultedOn: '2026-11-10', phase: 'acute',
    concernFacts: Array.from({ length: 20 }, (_, i) => ({ id: `cf-${i}`, text: `Feit ${i + 1}: er was een ruzie met geschreeuw waar het kind bij was.`, perspective: 'family' as const })),
    dangerStatements: [{ id: 'ds-1', text: 'Wij zijn bang dat het kind opnieuw getuige wordt van geweld.', perspective: 'professional' }],
    goals: plan.goals.map((g, i) => (i === 0 ? { ...g, kind: 'condition' as const, source: 'Rapport Veilig Thuis' } : g)),
    agreements,
    monitoring: Array.from({ length: 40 }, (_, i) => ({
      id: `m-${i}`, who: [`net-${i}`, 'pro'], watches: 'Of de afspraken lopen', agreementIds: agreements.filter((_, ai) => ai % 40 === i).map((a) => a.id),
    })),
    largeRelapseInformIds: ['pro'], smallRelapse: 'Bellen', largeRelapse: 'Beraad', informAuthorityWhen: 'Bij geweld',
    informing: [{ id: 'inf-1', personId: 'child', byWhom: ['mother', 'pro'], when: 'Na het beraad', how: 'Met tekeningen' }],
    copyRecipients: Array.from({ length: 5 }, (_, i) => ({
      id: `cr-${i}`, name: `Ontvanger ${i}`, email: `r${i}@voorbeeld.invalid`, receives: { kind: 'plan' as const }, receivesNote: '',
      consentGiven: true, consentDate: day, consentById: 'mother', consentAlsoByIds: [],
    })),
    copiesSentById: 'pro',
    removedConditions: Array.from({ length: 30 }, (_, i) => ({
      id: `rc-${i}`, text: `Voorwaarde ${i}`, source: 'Rapport', reason: 'Aangepast in overleg met Veilig Thuis en beide ouders.', change: 'changed' as const,
      newKind: 'condition' as const, newText: `Voorwaarde ${i} aangescherpt`, subject: 'condition' as const, subjectId: null, actionWhen: '', newActionWhen: '',
      professionalId: 'pro', date: day,
    })),
    networkMeetings: [{ id: 'nm-1', date: day, attendeeIds: ['mother', 'child', 'pro', 'net-0'], notes: '', event: null }],
    familyAgreement: [{ id: 'fa-1', personId: 'mother', stance: 'agrees', words: 'Ik doe mee.', date: day, how: 'meeting' }],
    threeHouses: [{ id: 'th-1', childId: 'child', worries: 'Ruzie', goodThings: 'Oma', dreams: 'Rust' }],
    childWhatHappenedWords: 'Papa en mama hadden ruzie. Nu helpen veel mensen.',
    evaluations: [{
      id: 'ev-1', date: '2026-11-11', attendeeIds: ['mother', 'pro'], planVersion: plan.version, decision: 'extend', wentWell: 'Veel', hard: 'Soms',
      scores: Array.from({ length: 10 }, (_, i) => ({ personId: i % 2 === 0 ? 'mother' : 'pro', audience: 'parent' as const, score: 6, why: 'Rustiger', situation: "'s Avonds" })),
      agreementReviews: agreements.map((a, i) => ({ agreementId: a.id, outcome: i % 10 === 0 ? 'no' as const : 'yes' as const, notes: '', relapse: i % 10 === 0 ? 'small' as const : null, actedByIds: ['pro'], informedIds: ['mother'], actionTaken: 'Gebeld' })),
      childVoices: [], conditionsReview: 'Nagelopen',
    }],
    incidents: Array.from({ length: 20 }, (_, i) => ({ id: `inc-${i}`, date: day, what: 'Ruzie', actedByIds: ['pro'], informedIds: ['mother'], relapse: 'small' as const })),
  };
}

function percentile(sorted: ReadonlyArray<number>, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export async function run(): Promise<Figure[]> {
  const plan = fullLargePlan();
  const today = new Date('2026-11-25T10:00:00Z');
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i += 1) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    checkPlan(plan, today);
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpuBefore);
    if (i >= WARM_UP) {
      wall.push(elapsed);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  const p95 = (values: number[]): number => Math.round(percentile([...values].sort((a, b) => a - b), 95) * 100) / 100;
  return [
    { metric: 'rules.check.ms.200', value: p95(cpu), unit: 'ms' },
    { metric: 'rules.check.wall.ms.200', value: p95(wall), unit: 'ms' },
  ];
}
