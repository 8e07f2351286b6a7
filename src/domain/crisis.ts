import { newId } from './factory';
import type { AnalysisItem, NetworkMeeting, Perspective, Plan, ThreeHouses } from './plan';
import { CRISIS_SESSIONS, planConferenceTerm, suggestSessionDates } from './scheduling';

/**
 * Plan edits and views of the crisis variant (seed 002) and the joint analysis (seeds 001, 003), pure so the editor
 * only calls them.
 */

export const ANALYSIS_LISTS = ['concernFacts', 'dangerStatements', 'strengths'] as const;
export type AnalysisList = (typeof ANALYSIS_LISTS)[number];
export const PERSPECTIVES: ReadonlyArray<Perspective> = ['family', 'child', 'network', 'professional'];

export interface SideBySideRow {
  list: AnalysisList;
  /** Per perspective the items, in plan order; `unknown` holds the items whose perspective nobody gave. */
  columns: Record<Perspective | 'unknown', AnalysisItem[]>;
}

/** Seed 001: "Plaats de informatie en de kennis van het gezin en van de professionals naast elkaar". Blank items are left out. */
export function sideBySide(plan: Plan): SideBySideRow[] {
  return ANALYSIS_LISTS.map((list) => {
    const columns: SideBySideRow['columns'] = { family: [], child: [], network: [], professional: [], unknown: [] };
    for (const item of plan[list]) {
      if (item.text.trim().length > 0) columns[item.perspective ?? 'unknown'].push(item);
    }
    return { list, columns };
  });
}

/** Which house feeds which list: the worries into the concerns, the good things into the strengths. */
export const HOUSE_FEEDS = { worries: 'concernFacts', goodThings: 'strengths' } as const;
export type FedHouse = keyof typeof HOUSE_FEEDS;

/** The text a child's words get in the analysis: the child's name, then the words as they were said. */
export function houseText(plan: Plan, houses: ThreeHouses, house: FedHouse): string {
  const name = plan.directPersons.find((p) => p.id === houses.childId)?.name.trim() ?? '';
  const words = houses[house].trim();
  return name ? `${name}: ${words}` : words;
}

/** Whether the child's words of this house are in the analysis already (so they are not added twice). */
export function isFed(plan: Plan, houses: ThreeHouses, house: FedHouse): boolean {
  const text = houseText(plan, houses, house);
  return plan[HOUSE_FEEDS[house]].some((item) => item.text.trim() === text);
}

/**
 * Seed 001: the children's Three Houses feed the joint analysis. Adds the words of one house to the concerns or the
 * strengths as the child's own view (schema version 5: a child's words are not the adults'); nothing happens for an empty
 * house or words already there.
 */
export function feedFromThreeHouses(plan: Plan, housesId: string, house: FedHouse, id: string = newId()): Plan {
  const houses = plan.threeHouses.find((h) => h.id === housesId);
  if (!houses || houses[house].trim().length === 0 || isFed(plan, houses, house)) return plan;
  const list = HOUSE_FEEDS[house];
  return { ...plan, [list]: [...plan[list], { id, text: houseText(plan, houses, house), perspective: 'child' }] };
}

/** The bottom lines to show beside the conditions of section 3: a crisis plan's bottom lines that have text. */
export function bottomLinesBesideConditions(plan: Plan): Plan['bottomLines'] {
  return plan.variant === 'crisis' ? plan.bottomLines.filter((b) => b.requirement.trim().length > 0) : [];
}

/**
 * The conference sessions still to plan: the suggested dates (scheduling.ts), as many as bring the dated sessions to
 * two, at most three in all. Empty for a plan that is not a crisis plan with a referral date.
 */
export function sessionsToPlan(plan: Plan, today: string): string[] {
  const term = planConferenceTerm(plan);
  if (term === null) return [];
  const dated = plan.networkMeetings.filter((m) => m.date !== null);
  const wanted = Math.max(0, CRISIS_SESSIONS.min - dated.length);
  if (wanted === 0) return [];
  const taken = new Set(dated.map((m) => m.date));
  return suggestSessionDates(term, today, CRISIS_SESSIONS.min).filter((d) => !taken.has(d)).slice(-wanted);
}

/** Adds network meetings (the conference's sessions) on the given dates; nothing is booked, local mode exports an .ics. */
export function addConferenceSessions(plan: Plan, dates: readonly string[], id: () => string = newId): Plan {
  const sessions: NetworkMeeting[] = dates.map((date) => ({ id: id(), date, attendeeIds: [], notes: '', event: null }));
  return sessions.length === 0 ? plan : { ...plan, networkMeetings: [...plan.networkMeetings, ...sessions] };
}
