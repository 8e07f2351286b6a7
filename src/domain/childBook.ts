import type { Plan } from './plan';

/**
 * The Words & Pictures book of one child (seed 004 section 7, seed 001): what happened, who was worried, what the
 * grown-ups agreed, who the child's safety person is, the child's signal and what then happens, where the plan is,
 * and what the child said at the evaluations. The grown-ups make it with the child; this model only gathers the
 * plan's own words for it. Where the plan has the child's own words (the child version), those come first.
 */

export interface BookPerson {
  name: string;
  /** Relation or role, as the plan has it ("Oma (moeder van Sanne)", "Gezinsbegeleider"). */
  about: string;
  contact: string;
}

export interface BookAgreement {
  who: string[];
  what: string;
}

export interface BookVoice {
  /** ISO date of the evaluation, or null. */
  date: string | null;
  worries: string;
  feelsSafeWhen: string;
  score: number | null;
}

export interface ChildBook {
  childId: string;
  childName: string;
  /** The child's brothers and sisters in the plan. */
  siblings: string[];
  familyName: string;
  whatHappened: string[];
  worriedGrownUps: BookPerson[];
  agreementsInChildWords: string;
  agreements: BookAgreement[];
  safetyPersons: BookPerson[];
  safetyPersonInChildWords: string;
  signal: string;
  signalResponse: string;
  whenUnsafeInChildWords: string;
  planLocation: string;
  planLocationInChildWords: string;
  ownWords: BookVoice[];
}

const filled = (text: string): boolean => text.trim() !== '';

/** The book of one child, or null when the plan has no child with this id. */
export function childBook(plan: Plan, childId: string): ChildBook | null {
  const child = plan.directPersons.find((p) => p.id === childId && p.isChild);
  if (!child) return null;
  const grownUps: Array<BookPerson & { id: string }> = [
    ...plan.directPersons.filter((p) => !p.isChild).map((p) => ({ id: p.id, name: p.name, about: '', contact: p.contact })),
    ...plan.socialNetwork.filter((p) => p.participates).map((p) => ({ id: p.id, name: p.name, about: p.relation, contact: p.phone })),
    ...plan.professionals.map((p) => ({ id: p.id, name: p.name, about: p.role, contact: p.phone })),
  ].filter((p) => filled(p.name)).map((p) => ({ ...p, name: p.name.trim(), about: p.about.trim(), contact: p.contact.trim() }));
  const everyoneById = new Map(plan.directPersons.map((p) => [p.id, p.name.trim()] as [string, string])
    .concat(grownUps.map((p) => [p.id, p.name] as [string, string])));
  const bookPerson = ({ name, about, contact }: BookPerson): BookPerson => ({ name, about, contact });
  const mySafetyPersonIds = plan.safetyPersons.filter((sp) => sp.childIds.includes(childId) && sp.personId !== null).map((sp) => sp.personId);

  return {
    childId,
    childName: child.name.trim(),
    siblings: plan.directPersons.filter((p) => p.isChild && p.id !== childId && filled(p.name)).map((p) => p.name.trim()),
    familyName: plan.familyName.trim(),
    // The child hears what happened in the words written for children, never the adults' concern facts (seed 004 §7:
    // "in begrijpelijke taal"); schema version 5.
    whatHappened: plan.childWhatHappenedWords.split(/\n+/).map((line) => line.trim()).filter(filled),
    worriedGrownUps: grownUps.map(bookPerson),
    agreementsInChildWords: plan.childAgreementsWords.trim(),
    agreements: plan.agreements.filter((a) => filled(a.what)).map((a) => ({
      who: a.who.map((id) => everyoneById.get(id) ?? '').filter(filled),
      what: a.what.trim(),
    })),
    safetyPersons: [...new Set(mySafetyPersonIds)].map((id) => grownUps.find((p) => p.id === id)).filter((p): p is BookPerson & { id: string } => p !== undefined).map(bookPerson),
    safetyPersonInChildWords: plan.childSafetyPersonWords.trim(),
    signal: plan.childSignal.trim(),
    signalResponse: plan.childSignalResponse.trim(),
    whenUnsafeInChildWords: plan.childWhenUnsafeWords.trim(),
    planLocation: plan.homeLocation.trim(),
    planLocationInChildWords: plan.childWherePlanWords.trim(),
    ownWords: plan.evaluations.flatMap((evaluation) => evaluation.childVoices
      .filter((voice) => voice.childId === childId && (filled(voice.worries) || filled(voice.feelsSafeWhen) || voice.score !== null))
      .map((voice) => ({ date: evaluation.date, worries: voice.worries.trim(), feelsSafeWhen: voice.feelsSafeWhen.trim(), score: voice.score }))),
  };
}
