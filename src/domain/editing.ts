import { baselineOf, goalChangeNeedsReason, goalRemovalNeedsReason } from './conditions';
import type { GoalChange } from './conditions';
import { newId } from './factory';
import { HISTORY_LIST, bottomLineBaseline, bottomLineChangeNeedsReason, historyRecord, isFillableHistoryField, isHistoryList, isSubstantiveReason, keepHistory } from './history';
import type { BottomLineChange, BottomLineEditRequest, RecordedBy } from './history';
import type { CopyRecipient, GoalKind, Plan } from './plan';
import { LOCKED_EDIT as LOCKED, editableFreely, fieldEditable } from './planStatus';
import type { LockedEdit } from './planStatus';
import { TEMPLATE } from './template';
import type { Field, GroupField } from './template';

/**
 * Pure edit operations the editor applies to a plan. They never mutate; they return a new plan.
 * Removing a person or goal also removes the references to it, so the plan stays consistent.
 */

export type EditPath = ReadonlyArray<string | number>;
type Json = unknown;

function setIn(target: Json, path: EditPath, value: Json): Json {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...Array<string | number>];
  if (Array.isArray(target)) {
    const copy = [...target];
    copy[head as number] = setIn(copy[head as number], rest, value);
    return copy;
  }
  const record = (target ?? {}) as Record<string, Json>;
  return { ...record, [head]: setIn(record[head], rest, value) };
}

export function getIn(target: Json, path: EditPath): Json {
  return path.reduce<Json>((acc, key) => (acc === null || acc === undefined ? undefined : (acc as Record<string | number, Json>)[key]), target);
}

/** Sets one value, e.g. `setValue(plan, ['agreements', 2, 'what'], 'Oma haalt op')`. */
export function setValue(plan: Plan, path: EditPath, value: Json): Plan {
  return setIn(plan, path, value) as Plan;
}

/** The value a new, empty field holds. */
export function emptyValue(field: Field): Json {
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return '';
    case 'boolean':
      return false;
    case 'personRefs':
    case 'textList':
    case 'group':
      return [];
    default:
      return null;
  }
}

/** Item keys the schema requires that are not form fields (see SYSTEM_FIELDS), per group; without them a new item is invalid. */
const ITEM_SYSTEM_DEFAULTS: Readonly<Record<string, Readonly<Record<string, Json>>>> = {
  networkMeetings: { event: null },
  removedConditions: { subjectId: null },
  directPersons: { mustBeInformed: false },
};

/** Form fields whose empty value the schema does not accept; a new item starts with this value instead. */
const ITEM_FIELD_DEFAULTS: Readonly<Record<string, Readonly<Record<string, Json>>>> = {
  removedConditions: { change: 'removed', subject: 'condition' },
  copyRecipients: { receives: { kind: 'plan' } },
};

/** A fresh list item for a group, with a new id and every subfield empty. */
export function newGroupItem(field: GroupField, id: string = newId()): Record<string, Json> {
  const item: Record<string, Json> = { id, ...ITEM_SYSTEM_DEFAULTS[field.id] };
  for (const sub of field.fields) item[sub.id] = ITEM_FIELD_DEFAULTS[field.id]?.[sub.id] ?? emptyValue(sub);
  return item;
}

export function addItem(plan: Plan, listPath: EditPath, item: Json): Plan {
  const list = (getIn(plan, listPath) as Json[] | undefined) ?? [];
  return setValue(plan, listPath, [...list, item]);
}

export function moveItem(plan: Plan, listPath: EditPath, from: number, to: number): Plan {
  if (isHistoryList(listPath)) return plan;
  const list = [...((getIn(plan, listPath) as Json[] | undefined) ?? [])];
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return plan;
  const [moved] = list.splice(from, 1);
  list.splice(to, 0, moved);
  return setValue(plan, listPath, list);
}

/** Removes an item from a list. The history of conditions and bottom lines is append-only (history.ts): nothing leaves it. */
export function removeItemAt(plan: Plan, listPath: EditPath, index: number): Plan {
  if (isHistoryList(listPath)) return plan;
  const list = (getIn(plan, listPath) as Json[] | undefined) ?? [];
  return setValue(plan, listPath, list.filter((_, i) => i !== index));
}

const PERSON_LISTS = ['directPersons', 'socialNetwork', 'professionals'] as const;

/** Removes a person from section 1 and every reference to them. */
export function removePerson(plan: Plan, personId: string): Plan {
  const drop = (ids: string[]): string[] => ids.filter((id) => id !== personId);
  const orNull = (id: string | null): string | null => (id === personId ? null : id);
  return {
    ...plan,
    directPersons: plan.directPersons.filter((p) => p.id !== personId),
    socialNetwork: plan.socialNetwork.filter((p) => p.id !== personId),
    professionals: plan.professionals.filter((p) => p.id !== personId),
    agreements: plan.agreements.map((a) => ({ ...a, who: drop(a.who) })),
    safetyPersons: plan.safetyPersons
      .filter((sp) => sp.personId !== personId)
      .map((sp) => ({ ...sp, childIds: drop(sp.childIds) })),
    monitoring: plan.monitoring.map((m) => ({ ...m, who: drop(m.who) })),
    safetyDirectorId: orNull(plan.safetyDirectorId),
    informing: plan.informing.map((inf) => ({ ...inf, personId: orNull(inf.personId), byWhom: drop(inf.byWhom) })),
    copiesSentById: orNull(plan.copiesSentById),
    copyRecipients: plan.copyRecipients.map((r) => forgetPersonInCopy(r, personId)),
    evaluationAttendeeIds: drop(plan.evaluationAttendeeIds),
    evaluationInitiatorId: orNull(plan.evaluationInitiatorId),
    networkMeetings: plan.networkMeetings.map((m) => ({ ...m, attendeeIds: drop(m.attendeeIds) })),
    facilitatorId: orNull(plan.facilitatorId),
    handOverToIds: drop(plan.handOverToIds),
    threeHouses: plan.threeHouses.map((h) => (h.childId === personId ? { ...h, childId: null } : h)),
    caseDirectorId: orNull(plan.caseDirectorId),
    largeRelapseInformIds: drop(plan.largeRelapseInformIds),
    familyAgreement: plan.familyAgreement.map((f) => (f.personId === personId ? { ...f, personId: null } : f)),
  };
}

export function isPersonList(key: string): key is (typeof PERSON_LISTS)[number] {
  return (PERSON_LISTS as ReadonlyArray<string>).includes(key);
}

export type RemoveGoalResult = { ok: true; plan: Plan } | { ok: false; reason: 'condition-needs-reason' } | LockedEdit;

/**
 * Removes a goal; its agreements lose their goal link. A safety condition (or a joint goal, which carries one) is not
 * negotiable: it can only go with a stated reason, which is kept in `removedConditions`. `baseline` is the plan as it
 * was when editing began (see conditions.ts); without it the goal's current state decides.
 */
export function removeGoal(plan: Plan, goalId: string, reason = '', baseline?: Plan | null, by?: RecordedBy): RemoveGoalResult {
  if (!editableFreely(plan)) return LOCKED;
  const goal = plan.goals.find((g) => g.id === goalId);
  if (!goal) return { ok: true, plan };
  const needsReason = goalRemovalNeedsReason(goal, baselineOf(baseline, goal));
  if (needsReason && !isSubstantiveReason(reason)) return { ok: false, reason: 'condition-needs-reason' };
  const removedConditions = needsReason
    ? [...plan.removedConditions, historyRecord({
      id: plan.removedConditions.some((r) => r.id === goal.id) ? newId() : goal.id,
      change: 'removed', subjectId: goal.id, text: goal.text, source: goal.source, reason: reason.trim(),
    }, by)]
    : plan.removedConditions;
  return {
    ok: true,
    plan: {
      ...plan,
      goals: plan.goals.filter((g) => g.id !== goalId),
      removedConditions,
      agreements: plan.agreements.map((a) => (a.goalId === goalId ? { ...a, goalId: null } : a)),
    },
  };
}

/** Why an edit was not applied: it changes a safety condition, and the editor has to ask for a reason first. */
export interface ConditionEditRequest {
  goalId: string;
  change: GoalChange;
}

export type EditResult =
  | { ok: true; plan: Plan }
  | { ok: false; reason: 'condition-needs-reason'; request: ConditionEditRequest }
  /** The edit changes a bottom line that held something: the editor asks for a reason first (`changeBottomLine`). */
  | { ok: false; reason: 'bottom-line-needs-reason'; request: BottomLineEditRequest }
  /** The edit would rewrite a record of the history of conditions and bottom lines (history.ts). */
  | { ok: false; reason: 'history-append-only' }
  | LockedEdit;

/**
 * The editor's one path for setting a field: `setValue` plus the domain's rules for edits.
 * - Only a draft is edited (the status gate, statusGate.ts): a plan in force changes through Bijstellen; only its
 *   incident log is kept in the form while it is in force (`fieldEditable`).
 * - A change to a safety condition's kind or text is refused until a reason is given (see `changeGoal`); so is a
 *   change to a bottom line's requirement or point of action (see `changeBottomLine`).
 * - The plan is normalised after the edit (`normalizeAfterEdit`), e.g. a copy's consent lapses when its address changes.
 * `baseline` is the plan as it was when editing began; a condition typed in since then can still be corrected freely.
 */
export function applyEdit(plan: Plan, path: EditPath, value: Json, baseline?: Plan | null): EditResult {
  if (!fieldEditable(plan, String(path[0]))) return LOCKED;
  const [key, index, sub] = path;
  if (key === HISTORY_LIST && !historyEditAllowed(plan, path)) return { ok: false, reason: 'history-append-only' };
  if (path.length === 3 && key === 'goals' && typeof index === 'number' && (sub === 'text' || sub === 'kind')) {
    const goal = plan.goals[index];
    if (goal !== undefined) {
      const change: GoalChange = sub === 'text' ? { text: typeof value === 'string' ? value : '' } : { kind: (value ?? null) as GoalKind | null };
      if (goalChangeNeedsReason(goal, change, baselineOf(baseline, goal))) {
        return { ok: false, reason: 'condition-needs-reason', request: { goalId: goal.id, change } };
      }
    }
  }
  if (path.length === 3 && key === 'bottomLines' && typeof index === 'number' && (sub === 'requirement' || sub === 'actionWhen')) {
    const line = plan.bottomLines[index];
    if (line !== undefined) {
      const change: BottomLineChange = { [sub]: typeof value === 'string' ? value : '' };
      if (bottomLineChangeNeedsReason(line, change, bottomLineBaseline(baseline, line))) {
        return { ok: false, reason: 'bottom-line-needs-reason', request: { bottomLineId: line.id, change } };
      }
    }
  }
  return { ok: true, plan: normalizeAfterEdit(plan, setValue(plan, path, value)) };
}

const sameAddress = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Rules that follow from an edit rather than block it. Consent for a copy is given for one address: when a
 * recipient's e-mail address changes, the consent (yes/no, date, and who gave it) is cleared and must be recorded again.
 */
export function normalizeAfterEdit(before: Plan, after: Plan): Plan {
  let changed = false;
  const copyRecipients = after.copyRecipients.map((r) => {
    const old = before.copyRecipients.find((o) => o.id === r.id);
    if (old === undefined || sameAddress(old.email, r.email)) return r;
    if (!r.consentGiven && r.consentDate === null && (r.consentById ?? null) === null) return r;
    changed = true;
    return { ...r, consentGiven: false, consentDate: null, consentById: null, consentAlsoByIds: [] };
  });
  // Whatever the edit did, the history of conditions and bottom lines keeps every record (history.ts).
  return keepHistory(changed ? { ...after, copyRecipients } : after, before);
}

/** An edit inside the history may only fill in what a record lacked: its professional or its day. */
function historyEditAllowed(plan: Plan, path: EditPath): boolean {
  const [, index, sub] = path;
  if (path.length !== 3 || typeof index !== 'number' || typeof sub !== 'string') return false;
  const record = plan.removedConditions[index];
  return record === undefined || isFillableHistoryField(record, sub);
}

/** A recipient's references to a person who is removed from the plan: consent given by them, their overview or book. */
function forgetPersonInCopy(r: CopyRecipient, personId: string): CopyRecipient {
  const receives = (r.receives.kind === 'overview' && r.receives.personId === personId) ? { kind: 'overview' as const, personId: null }
    : (r.receives.kind === 'childBook' && r.receives.childId === personId) ? { kind: 'childBook' as const, childId: null } : r.receives;
  const consentById = r.consentById === personId ? null : r.consentById;
  const also = r.consentAlsoByIds ?? [];
  const consentAlsoByIds = also.includes(personId) ? also.filter((id) => id !== personId) : r.consentAlsoByIds;
  return receives === r.receives && consentById === r.consentById && consentAlsoByIds === r.consentAlsoByIds
    ? r : { ...r, receives, consentById, consentAlsoByIds };
}

/**
 * A copy of the plan as a new plan version (new id, draft), e.g. for "duplicate as new version". A duplicate is a plan
 * of its own: not closed, not the adjusted version of another plan (revision.ts), and without the original's share
 * records: those name the original's files and permissions, which only the original may revoke (issue 25).
 */
export function duplicateAsNewVersion(plan: Plan, id: string = newId()): Plan {
  return { ...plan, id, version: plan.version + 1, status: 'draft', evaluationEvent: null, closure: null, revisionOf: null, copyShares: [] };
}

/** The group field that describes a top-level plan list, if any. */
export function groupFieldFor(key: string): GroupField | undefined {
  for (const section of TEMPLATE) {
    for (const field of section.fields) if (field.kind === 'group' && field.id === key) return field;
  }
  return undefined;
}
