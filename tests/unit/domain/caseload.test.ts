import {
  NO_FILTERS, childFirstNamesOf, familySortKey, dueBucket, dueNext, filterCaseload, foldForSearch, indexCaseload, revisionsWaitingByPlan, sortCaseload,
  teamOverview, viewerRoles,
} from '../../../src/domain/caseload';
import type { CaseloadFacts, PlanRoleHolders } from '../../../src/domain/caseload';

const TODAY = new Date(2026, 11, 4, 10, 0); // 4 December 2026, local time
const NO_HOLDERS: PlanRoleHolders = { facilitator: null, caseDirector: null, safetyDirector: null, evaluationInitiator: null, copiesSender: null };

function row(overrides: Partial<CaseloadFacts> & { id: string }): CaseloadFacts {
  return {
    caseId: overrides.id, familyName: 'Jansen', childFirstNames: [], variant: 'standard', professionals: [], roleHolders: NO_HOLDERS,
    revisionOf: null, savedAt: '2026-12-01T10:00:00.000Z', status: 'active', validUntil: '2027-06-01', evaluationDate: '2027-03-01',
    hasEvaluationDecision: false, ...overrides,
  };
}

describe('viewerRoles()', () => {
  const plan = row({
    id: 'p1',
    professionals: [{ id: 'pro-a', email: 'A.de.Vries@Wijkteam.nl ' }, { id: 'pro-b', email: 'b@wijkteam.nl' }],
    roleHolders: { ...NO_HOLDERS, caseDirector: 'pro-a', evaluationInitiator: 'pro-a', facilitator: 'pro-b' },
  });

  it('gives the professional whose address matches (any case, spaces trimmed) every role they hold', () => {
    expect(viewerRoles(plan, ['a.de.vries@wijkteam.nl'])).toEqual(['professional', 'caseDirector', 'evaluationInitiator']);
  });

  it('gives no role without a matching address, and none when the address is unknown', () => {
    expect(viewerRoles(plan, ['c@wijkteam.nl'])).toEqual([]);
    expect(viewerRoles(plan, [])).toEqual([]);
  });
});

describe('childFirstNamesOf()', () => {
  it('takes the first word of each child\'s name and skips adults and unnamed children', () => {
    expect(childFirstNamesOf([
      { name: 'Chloë van Dijk', isChild: true }, { name: 'Marco van Dijk', isChild: false }, { name: '  ', isChild: true }, { name: 'Sem', isChild: true },
    ])).toEqual(['Chloë', 'Sem']);
  });
});

describe('revisionsWaitingByPlan()', () => {
  it('counts draft revisions per plan in force; an activated or plain draft counts for nobody', () => {
    const waiting = revisionsWaitingByPlan([
      row({ id: 'a' }), row({ id: 'r1', status: 'draft', revisionOf: 'a' }), row({ id: 'r2', status: 'draft', revisionOf: 'a' }),
      row({ id: 'd', status: 'draft' }),
    ]);
    expect(waiting.get('a')).toBe(2);
    expect(waiting.has('d')).toBe(false);
  });
});

describe('dueNext()', () => {
  it('puts an overdue evaluation before anything else', () => {
    expect(dueNext(row({ id: 'a', evaluationDate: '2026-12-01' }), TODAY, 1)).toEqual({ kind: 'evaluation-overdue', days: 3 });
  });

  it('says an evaluation 14 days ahead is due, and one 15 days ahead is simply planned', () => {
    expect(dueNext(row({ id: 'a', evaluationDate: '2026-12-18' }), TODAY, 0)).toEqual({ kind: 'evaluation-due', days: 14 });
    expect(dueNext(row({ id: 'a', evaluationDate: '2026-12-19' }), TODAY, 0)).toEqual({ kind: 'evaluation-on', date: '2026-12-19' });
  });

  it('asks to finish a draft, to finish or activate a revision, to record a decision, or to plan an evaluation', () => {
    expect(dueNext(row({ id: 'a', status: 'draft' }), TODAY, 0).kind).toBe('finish-draft');
    expect(dueNext(row({ id: 'r', status: 'draft', revisionOf: 'a' }), TODAY, 0).kind).toBe('finish-revision');
    expect(dueNext(row({ id: 'a' }), TODAY, 1).kind).toBe('activate-revision');
    expect(dueNext(row({ id: 'a', status: 'evaluated', evaluationDate: null }), TODAY, 0).kind).toBe('record-decision');
    expect(dueNext(row({ id: 'a', evaluationDate: null }), TODAY, 0).kind).toBe('plan-evaluation');
    expect(dueNext(row({ id: 'a', status: 'closed' }), TODAY, 0).kind).toBe('nothing');
  });
});

describe('filterCaseload()', () => {
  const rows = [
    row({ id: 'a', familyName: 'Öztürk', childFirstNames: ['Elif', 'Mert'], evaluationDate: '2026-12-10', savedAt: '2026-11-01T00:00:00Z' }),
    row({ id: 'b', familyName: 'van den Berg', childFirstNames: ['Chloë'], variant: 'crisis', validUntil: '2026-12-12', savedAt: '2026-12-03T00:00:00Z',
      professionals: [{ id: 'me', email: 'me@team.nl' }], roleHolders: { ...NO_HOLDERS, caseDirector: 'me' } }),
    row({ id: 'c', familyName: 'Bakker', status: 'draft', savedAt: '2026-12-02T00:00:00Z', evaluationDate: null }),
    row({ id: 'd', familyName: 'Öztürk', status: 'draft', revisionOf: 'a', evaluationDate: '2027-01-20' }),
  ];
  const sorted = sortCaseload(indexCaseload(rows, ['ME@team.nl'], TODAY), 'familyName');
  const ids = (query: string, filters = NO_FILTERS) => filterCaseload(sorted, query, filters).map((e) => e.row.id);

  it('finds a family by the start of any word of its name, without accents or case', () => {
    expect(ids('ozt')).toEqual(['a', 'd']);
    expect(ids('berg')).toEqual(['b']);
    expect(ids('erg')).toEqual([]);
  });

  it('finds a family by a child\'s first name', () => {
    expect(ids('chloe')).toEqual(['b']);
    expect(ids('mer')).toEqual(['a']);
  });

  it('filters by status, role, evaluation soon, validity ending, crisis and revisions waiting', () => {
    expect(ids('', { ...NO_FILTERS, status: 'draft' })).toEqual(['c', 'd']);
    expect(ids('', { ...NO_FILTERS, role: 'caseDirector' })).toEqual(['b']);
    expect(ids('', { ...NO_FILTERS, role: 'facilitator' })).toEqual([]);
    expect(ids('', { ...NO_FILTERS, evaluationSoon: true })).toEqual(['a']);
    expect(ids('', { ...NO_FILTERS, validityEndingSoon: true })).toEqual(['b']);
    expect(ids('', { ...NO_FILTERS, crisisOnly: true })).toEqual(['b']);
    expect(ids('', { ...NO_FILTERS, revisionsWaitingOnly: true })).toEqual(['a']);
  });

  it('sorts by family name (Dutch order: "van den Berg" under B), next evaluation (none last) and last change (newest first)', () => {
    expect(sorted.map((e) => e.row.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(sortCaseload(sorted, 'nextEvaluation').map((e) => e.row.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(sortCaseload(sorted, 'lastChange').map((e) => e.row.id)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('sorts a closed plan with the plans without a next evaluation, whatever its old evaluation date', () => {
    const closed = indexCaseload([row({ id: 'old', status: 'closed', evaluationDate: '2026-01-01' }), row({ id: 'now', evaluationDate: '2026-12-20' })], [], TODAY);
    expect(sortCaseload(closed, 'nextEvaluation').map((e) => e.row.id)).toEqual(['now', 'old']);
  });

  it('files a family name without its particles, but never drops the last word', () => {
    expect(familySortKey('van den Berg')).toBe('Berg');
    expect(familySortKey("in 't Veld")).toBe('Veld');
    expect(familySortKey('Van')).toBe('Van');
  });

  it('folds accents and case once, in the index', () => {
    expect(foldForSearch('Chloë ÖZTÜRK')).toBe('chloe ozturk');
  });
});

describe('teamOverview()', () => {
  it('counts every plan per status and due bucket, and names only the plans of the lead\'s own cases', () => {
    const facts = [
      { planId: 'a', status: 'active' as const, validUntil: '2027-06-01', evaluationDate: '2026-12-01', hasEvaluationDecision: false },
      { planId: 'b', status: 'active' as const, validUntil: '2027-06-01', evaluationDate: '2026-12-10', hasEvaluationDecision: false },
      { planId: 'c', status: 'active' as const, validUntil: '2027-06-01', evaluationDate: '2027-03-01', hasEvaluationDecision: false },
      { planId: 'd', status: 'draft' as const, validUntil: null, evaluationDate: null, hasEvaluationDecision: false },
    ];
    const overview = teamOverview(facts, [{ id: 'b', familyName: 'Bakker' }], TODAY);
    expect(overview.byStatus).toEqual({ draft: 1, active: 3, evaluated: 0, closed: 0 });
    expect(overview.byDue).toEqual({ overdue: 1, within14: 1, later: 1, none: 1 });
    expect(overview.named).toEqual([{ planId: 'b', familyName: 'Bakker', status: 'active', bucket: 'within14' }]);
    expect(overview.unnamed).toBe(3);
    expect(JSON.stringify(overview)).not.toMatch(/Jansen/);
  });

  it('puts a plan past its validity without a decision in overdue', () => {
    expect(dueBucket({ status: 'active', validUntil: '2026-12-01', evaluationDate: null, hasEvaluationDecision: false }, TODAY)).toBe('overdue');
  });
});
