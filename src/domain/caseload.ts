import { REMINDER_WINDOW_DAYS, daysBetween, isoDay, reminderState } from './reminders';
import type { Reminder, ReminderSource } from './reminders';
import type { PlanStatus, PlanVariant } from './plan';

/**
 * The caseload (issue 21): one list of every plan of every case a professional is on. The rules of search, the
 * filters, the sort, "what is due next" and the team overview live here, pure, so the UI only renders them.
 */

/** The roles a person can hold in a plan, besides being one of its professionals (section 1). */
export const HELD_ROLES = ['facilitator', 'caseDirector', 'safetyDirector', 'evaluationInitiator', 'copiesSender'] as const;
export type HeldRole = (typeof HELD_ROLES)[number];
/** `professional`: named in section 1's professional network. */
export type PlanRole = 'professional' | HeldRole;

/** Who holds which role in the plan, by person id (the plan's `facilitatorId`, `caseDirectorId`, ...); null when nobody. */
export type PlanRoleHolders = Record<HeldRole, string | null>;


/** What the caseload's rules read of a row; CaseloadRow (app/ports.ts) has all of it and more. */
export interface CaseloadFacts extends ReminderSource {
  id: string;
  caseId: string;
  familyName: string;
  childFirstNames: readonly string[];
  variant: PlanVariant;
  professionals: ReadonlyArray<{ id: string; email: string }>;
  roleHolders: PlanRoleHolders;
  revisionOf: string | null;
  savedAt: string;
}

/** The plan fields the role holders come from (a full Plan has them all). */
export interface RoleHolderFields {
  facilitatorId: string | null;
  caseDirectorId: string | null;
  safetyDirectorId: string | null;
  evaluationInitiatorId: string | null;
  copiesSentById: string | null;
}

export function roleHoldersOf(plan: RoleHolderFields): PlanRoleHolders {
  return {
    facilitator: plan.facilitatorId,
    caseDirector: plan.caseDirectorId,
    safetyDirector: plan.safetyDirectorId,
    evaluationInitiator: plan.evaluationInitiatorId,
    copiesSender: plan.copiesSentById,
  };
}

/** A child's first name: the first word of the name as written in section 1 ('' for an unnamed child). */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

export function childFirstNamesOf(directPersons: ReadonlyArray<{ name: string; isChild: boolean }>): string[] {
  return directPersons.filter((p) => p.isChild).map((p) => firstNameOf(p.name)).filter((n) => n !== '');
}

/**
 * The viewer's roles in the plan: a professional of section 1 whose e-mail is one of the viewer's addresses, and each
 * role that person holds. Nobody's role is guessed from a name: without a matching address the viewer holds none.
 */
export function viewerRoles(row: Pick<CaseloadFacts, 'professionals' | 'roleHolders'>, addresses: readonly string[]): PlanRole[] {
  if (addresses.length === 0) return [];
  const mine = new Set(row.professionals.filter((p) => addresses.includes(p.email.trim().toLowerCase())).map((p) => p.id));
  if (mine.size === 0) return [];
  const held = HELD_ROLES.filter((role) => { const holder = row.roleHolders[role]; return holder !== null && mine.has(holder); });
  return ['professional', ...held];
}

/** How many adjusted versions (drafts whose `revisionOf` names the plan) wait beside each plan in force, by plan id. */
export function revisionsWaitingByPlan(rows: ReadonlyArray<Pick<CaseloadFacts, 'status' | 'revisionOf'>>): Map<string, number> {
  const waiting = new Map<string, number>();
  for (const row of rows) {
    if (row.revisionOf === null || row.status !== 'draft') continue;
    waiting.set(row.revisionOf, (waiting.get(row.revisionOf) ?? 0) + 1);
  }
  return waiting;
}

/**
 * What is due next for a plan, most urgent first: a reminder (expired, evaluation overdue or due, validity ending) where
 * there is one; otherwise the step the plan's status asks for.
 */
export type DueNext =
  | { kind: Reminder['kind']; days: number }
  | { kind: 'activate-revision' }
  | { kind: 'record-decision' }
  | { kind: 'plan-evaluation' }
  | { kind: 'evaluation-on'; date: string }
  | { kind: 'finish-draft' }
  | { kind: 'finish-revision' }
  | { kind: 'nothing' };

export function dueNext(row: ReminderSource & { revisionOf: string | null }, today: Date, revisionsWaiting: number): DueNext {
  const [reminder] = reminderState(row, today);
  if (reminder) return reminder;
  if (row.status === 'draft') return { kind: row.revisionOf === null ? 'finish-draft' : 'finish-revision' };
  if (row.status === 'closed') return { kind: 'nothing' };
  if (revisionsWaiting > 0) return { kind: 'activate-revision' };
  if (row.status === 'evaluated' && !row.hasEvaluationDecision) return { kind: 'record-decision' };
  if (row.evaluationDate === null) return { kind: 'plan-evaluation' };
  return { kind: 'evaluation-on', date: row.evaluationDate };
}

export interface CaseloadFilters {
  /** null: every status. */
  status: PlanStatus | null;
  /** null: any role (or none). */
  role: PlanRole | null;
  /** The evaluation is overdue or falls within REMINDER_WINDOW_DAYS (a plan in force only). */
  evaluationSoon: boolean;
  /** The validity has ended without a decision or ends within REMINDER_WINDOW_DAYS (a plan in force only). */
  validityEndingSoon: boolean;
  crisisOnly: boolean;
  revisionsWaitingOnly: boolean;
}

export const NO_FILTERS: CaseloadFilters = {
  status: null, role: null, evaluationSoon: false, validityEndingSoon: false, crisisOnly: false, revisionsWaitingOnly: false,
};

export const CASELOAD_SORTS = ['nextEvaluation', 'lastChange', 'familyName'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

/**
 * A row with everything a keystroke needs worked out once: typing only compares strings; the filters read flags.
 * Built when the rows, the viewer or the day change, never per keystroke.
 */
export interface IndexedRow<R extends CaseloadFacts> {
  row: R;
  /** Family name and the children's first names, folded (lower case, no accents), separated by a newline. */
  searchText: string;
  roles: PlanRole[];
  revisionsWaiting: number;
  due: DueNext;
  evaluationSoon: boolean;
  validityEndingSoon: boolean;
}

/** Lower case without accents, so "Ozturk" finds "Öztürk" and "chloe" finds "Chloë". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function indexCaseload<R extends CaseloadFacts>(rows: readonly R[], addresses: readonly string[], today: Date): IndexedRow<R>[] {
  const waiting = revisionsWaitingByPlan(rows);
  const folded = addresses.map((a) => a.trim().toLowerCase()).filter((a) => a !== '');
  return rows.map((row) => {
    const kinds = reminderState(row, today).map((r) => r.kind);
    const revisionsWaiting = waiting.get(row.id) ?? 0;
    return {
      row,
      searchText: foldForSearch([row.familyName, ...row.childFirstNames].join('\n')),
      roles: viewerRoles(row, folded),
      revisionsWaiting,
      due: dueNext(row, today, revisionsWaiting),
      evaluationSoon: kinds.includes('evaluation-due') || kinds.includes('evaluation-overdue'),
      validityEndingSoon: kinds.includes('validity-ending') || kinds.includes('expired-without-decision'),
    };
  });
}

/** Whether the row matches the typed query: each word is the start of a word in the family name or a child's first name. */
export function matchesQuery(searchText: string, words: readonly string[]): boolean {
  return words.every((word) => searchText.startsWith(word) || searchText.includes(` ${word}`) || searchText.includes(`\n${word}`)
    || searchText.includes(`-${word}`));
}

export function queryWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter((w) => w !== '');
}

export function passesFilters(entry: IndexedRow<CaseloadFacts>, filters: CaseloadFilters): boolean {
  if (filters.status !== null && entry.row.status !== filters.status) return false;
  if (filters.role !== null && !entry.roles.includes(filters.role)) return false;
  if (filters.evaluationSoon && !entry.evaluationSoon) return false;
  if (filters.validityEndingSoon && !entry.validityEndingSoon) return false;
  if (filters.crisisOnly && entry.row.variant !== 'crisis') return false;
  if (filters.revisionsWaitingOnly && entry.revisionsWaiting === 0) return false;
  return true;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Dutch name particles ("tussenvoegsels"), which Dutch alphabetical order passes over: "van den Berg" sorts under B. */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'in', 'op', 'onder', 'uit', 'aan', 'bij', 'voor', 'over', 'la', 'le', 'du', 'da', 'di', "d'"]);

/** The family name as Dutch order files it: without its leading particles (the last word always stays). */
export function familySortKey(familyName: string): string {
  const words = familyName.trim().split(/\s+/);
  let first = 0;
  while (first < words.length - 1 && PARTICLES.has((words[first] ?? '').toLowerCase())) first += 1;
  return words.slice(first).join(' ');
}

function byFamily(a: CaseloadFacts, b: CaseloadFacts): number {
  return collator.compare(familySortKey(a.familyName), familySortKey(b.familyName)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The plan's next evaluation: its evaluation date, unless the plan is closed (a closed plan has none to come). */
export function nextEvaluationOf(row: Pick<CaseloadFacts, 'status' | 'evaluationDate'>): string | null {
  return row.status === 'closed' ? null : row.evaluationDate;
}

/** The next evaluation first (an overdue one before a coming one); plans without one (closed, none planned) last. */
function byNextEvaluation(a: CaseloadFacts, b: CaseloadFacts): number {
  const ea = nextEvaluationOf(a) ?? '9999-12-31';
  const eb = nextEvaluationOf(b) ?? '9999-12-31';
  return ea < eb ? -1 : ea > eb ? 1 : byFamily(a, b);
}

/** The most recent change first. */
function byLastChange(a: CaseloadFacts, b: CaseloadFacts): number {
  return a.savedAt > b.savedAt ? -1 : a.savedAt < b.savedAt ? 1 : byFamily(a, b);
}

const COMPARATORS: Record<CaseloadSort, (a: CaseloadFacts, b: CaseloadFacts) => number> = {
  nextEvaluation: byNextEvaluation, lastChange: byLastChange, familyName: byFamily,
};

/** Sorted once per sort choice; filtering keeps the order, so a keystroke never sorts. */
export function sortCaseload<R extends CaseloadFacts>(entries: readonly IndexedRow<R>[], sort: CaseloadSort): IndexedRow<R>[] {
  const compare = COMPARATORS[sort];
  return [...entries].sort((a, b) => compare(a.row, b.row));
}

export function filterCaseload<R extends CaseloadFacts>(sorted: readonly IndexedRow<R>[], query: string, filters: CaseloadFilters): IndexedRow<R>[] {
  const words = queryWords(query);
  return sorted.filter((entry) => passesFilters(entry, filters) && (words.length === 0 || matchesQuery(entry.searchText, words)));
}

/** The team overview's due-date buckets. */
export const DUE_BUCKETS = ['overdue', 'within14', 'later', 'none'] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];

/**
 * A plan's due bucket: overdue (evaluation or validity passed while in force), within 14 days, later, or none (not in
 * force, or no dates). The nearer of the evaluation and the end of validity counts.
 */
export function dueBucket(facts: ReminderSource, today: Date): DueBucket {
  const reminders = reminderState(facts, today);
  if (reminders.some((r) => r.kind === 'evaluation-overdue' || r.kind === 'expired-without-decision')) return 'overdue';
  if (reminders.length > 0) return 'within14';
  const inForce = facts.status === 'active' || (facts.status === 'evaluated' && !facts.hasEvaluationDecision);
  const dated = facts.evaluationDate !== null || facts.validUntil !== null;
  return inForce && dated ? 'later' : 'none';
}

export interface TeamOverview {
  total: number;
  byStatus: Record<PlanStatus, number>;
  byDue: Record<DueBucket, number>;
  /** The plans the lead is on the case of, by name, with their bucket; every other plan is only counted. */
  named: Array<{ planId: string; familyName: string; status: PlanStatus; bucket: DueBucket }>;
  /** Plans counted but not named (the lead is not on their case). */
  unnamed: number;
}

/**
 * Counts per status and per due bucket over the team's plans. A plan is named only when it is in the lead's own
 * caseload (`own`, the rows of cases the lead is on): the facts themselves carry no name.
 */
export function teamOverview(
  facts: ReadonlyArray<ReminderSource & { planId: string }>,
  own: ReadonlyArray<{ id: string; familyName: string }>,
  today: Date,
): TeamOverview {
  const names = new Map(own.map((r) => [r.id, r.familyName]));
  const byStatus: Record<PlanStatus, number> = { draft: 0, active: 0, evaluated: 0, closed: 0 };
  const byDue: Record<DueBucket, number> = { overdue: 0, within14: 0, later: 0, none: 0 };
  const named: TeamOverview['named'] = [];
  for (const fact of facts) {
    const bucket = dueBucket(fact, today);
    byStatus[fact.status] += 1;
    byDue[bucket] += 1;
    const familyName = names.get(fact.planId);
    if (familyName !== undefined) named.push({ planId: fact.planId, familyName, status: fact.status, bucket });
  }
  named.sort((a, b) => DUE_BUCKETS.indexOf(a.bucket) - DUE_BUCKETS.indexOf(b.bucket) || collator.compare(a.familyName, b.familyName));
  return { total: facts.length, byStatus, byDue, named, unnamed: facts.length - named.length };
}

/** Days from today to an ISO date, for texts such as "over 3 dagen". */
export function daysFromToday(iso: string, today: Date): number {
  return daysBetween(isoDay(today), iso);
}

export { REMINDER_WINDOW_DAYS };
