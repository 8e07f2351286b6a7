import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { peopleByFilter, recipientAsPerson, withChosen } from '../../domain';
import type { EditPath, Goal, PeopleFilter, PersonRef, Plan } from '../../domain';

/**
 * How the editor's fields reach the plan without receiving it as a prop. A field renders from its own slice
 * (its value); only when an edit happens does it read the whole plan, through `current`. So a key press
 * re-renders the field that changed and what depends on it, not every field of the section.
 */
export interface PlanEditing {
  /** The plan as the edit session holds it now (read in event handlers, never while rendering). */
  current: () => Plan;
  /** Hands a new plan to the edit session. */
  update: (next: Plan) => void;
}

const EditingContext = createContext<PlanEditing | null>(null);

export function PlanEditingProvider({ value, children: content }: { value: PlanEditing; children: ReactNode }) {
  return <EditingContext.Provider value={value}>{content}</EditingContext.Provider>;
}

export function usePlanEditing(): PlanEditing {
  const editing = useContext(EditingContext);
  if (!editing) throw new Error('usePlanEditing outside PlanEditingProvider');
  return editing;
}

/**
 * Whether the form is shown read-only: the plan is not a draft (domain statusGate.ts). The fields are disabled by the
 * form's fieldset; lists also leave out their add, move and remove buttons.
 */
const ReadOnlyContext = createContext(false);
export const ReadOnlyProvider = ReadOnlyContext.Provider;
export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}

/** What the pickers offer: the plan's people per filter, and its goals. Changes only when section 1 or 3 does. */
export interface PlanChoices {
  people: Readonly<Record<PeopleFilter, ReadonlyArray<PersonRef>>>;
  goals: ReadonlyArray<Goal>;
  /** Per copy recipient (section 8, by index): the person of the plan they are, if any (domain/copies.ts). */
  copySelf: ReadonlyArray<string | null>;
}

const NO_CHOICES: PlanChoices = {
  people: { all: [], direct: [], children: [], absentDirect: [], professionals: [], safetyPerson: [], carriesPlan: [] }, goals: [], copySelf: [],
};

/** The plan's person a section-8 field's recipient is (`['copyRecipients', i, …]`), for the default overview. */
export function recipientSelf(choices: PlanChoices, path: EditPath): string | null {
  return path[0] === 'copyRecipients' && typeof path[1] === 'number' ? choices.copySelf[path[1]] ?? null : null;
}
const ChoicesContext = createContext<PlanChoices>(NO_CHOICES);

/** What a picker for `filter` offers, with whoever is already chosen kept in view (domain/roles.ts). */
export function offeredPeople(choices: PlanChoices, filter: PeopleFilter, chosen: ReadonlyArray<string>): PersonRef[] {
  return withChosen(choices.people[filter], choices.people.all, chosen);
}

/** Provides the choices of `plan`, recomputed only when its people or goals change (not at every key in a text). */
export function PlanChoicesProvider({ plan, children: content }: { plan: Plan; children: ReactNode }) {
  const { directPersons, socialNetwork, professionals, goals, copyRecipients } = plan;
  const choices = useMemo<PlanChoices>(() => {
    // The people rules read only these lists; the rest of the plan is irrelevant here.
    const source = { ...plan, directPersons, socialNetwork, professionals };
    return {
      people: peopleByFilter(source),
      goals,
      copySelf: copyRecipients.map((r) => recipientAsPerson(source, r)),
    };
  }, [directPersons, socialNetwork, professionals, goals, copyRecipients]);
  return <ChoicesContext.Provider value={choices}>{content}</ChoicesContext.Provider>;
}

export function usePlanChoices(): PlanChoices {
  return useContext(ChoicesContext);
}

/**
 * Where pickers open their lists: an element inside the section's landmark (set by the editor), so the open list is
 * part of the page's regions for screen readers, yet outside the list items, whose paint containment would clip it.
 */
const PickerLayerContext = createContext<HTMLElement | null>(null);
export const PickerLayerProvider = PickerLayerContext.Provider;
export function usePickerLayer(): HTMLElement | undefined {
  return useContext(PickerLayerContext) ?? undefined;
}
