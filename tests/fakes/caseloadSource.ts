import type { CaseloadRow, CaseloadSource, CaseloadViewer, TeamPlanFacts } from '../../src/app/ports';

const NO_HOLDERS: CaseloadRow['roleHolders'] = { facilitator: null, caseDirector: null, safetyDirector: null, evaluationInitiator: null, copiesSender: null };

/** A caseload row with plain defaults: an active standard plan of its own case, evaluation and validity months ahead. */
export function caseloadRow(overrides: Partial<CaseloadRow> & { id: string; familyName: string }): CaseloadRow {
  return {
    status: 'active', version: 1, validFrom: '2026-10-01', validUntil: '2027-06-01', evaluationDate: '2027-03-01', hasEvaluationDecision: false,
    revision: '1', savedAt: '2026-11-01T10:00:00.000Z', caseId: overrides.id, caseLabel: '', childFirstNames: [], variant: 'standard',
    professionals: [], roleHolders: NO_HOLDERS, revisionOf: null, href: `#/plan/${overrides.id}`,
    ...overrides,
  };
}

/**
 * The caseload port held in memory, for component tests of the screen (our own port: no platform behaviour to cite).
 * `teamOnly` are the team's plans on cases the viewer is not on: counted in the team facts, never in the caseload.
 */
export class MemoryCaseloadSource implements CaseloadSource {
  remembered: string[] = [];
  failNext = false;

  constructor(private readonly rows: CaseloadRow[], private viewerState: CaseloadViewer, private readonly teamOnly: TeamPlanFacts[] = [], withAddress = true) {
    if (!withAddress) this.rememberViewerAddress = undefined;
  }

  viewer(): Promise<CaseloadViewer> {
    return Promise.resolve(this.viewerState);
  }

  listCaseload(): Promise<CaseloadRow[]> {
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(new Error('offline'));
    }
    return Promise.resolve(this.rows);
  }

  listTeamPlans(): Promise<TeamPlanFacts[]> {
    if (!this.viewerState.teamLead) return Promise.resolve([]);
    const own = this.rows.map((r) => ({
      caseId: r.caseId, planId: r.id, status: r.status, validUntil: r.validUntil, evaluationDate: r.evaluationDate, hasEvaluationDecision: r.hasEvaluationDecision,
    }));
    return Promise.resolve([...own, ...this.teamOnly]);
  }

  rememberViewerAddress?: (address: string) => Promise<void> = (address) => {
    this.remembered.push(address);
    this.viewerState = { ...this.viewerState, addresses: address ? [address.toLowerCase()] : [] };
    return Promise.resolve();
  };
}
