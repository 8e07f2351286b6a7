import { ageOn } from './birthDate';
import { resolveCopy } from './copies';
import type { CopyRecipient, DirectPerson, Plan } from './plan';
import { children } from './plan';
import { mayCarryPlan } from './roles';
import { blank, finding, label } from './ruleKit';
import type { Finding, Rule } from './ruleKit';

/**
 * Every duty has a fitting person (issue 20, item 4), and the children are heard and protected (item 7). docs/domain.md
 * quotes the seed each rule rests on.
 */

const childIds = (plan: Plan): Set<string> => new Set(children(plan).map((c) => c.id));
const nameOf = (plan: Plan, id: string): string => {
  const person = [...plan.directPersons, ...plan.socialNetwork, ...plan.professionals].find((p) => p.id === id);
  return label(person?.name ?? '', 'iemand');
};

interface Duty {
  path: ReadonlyArray<PropertyKey>;
  what: string;
  ids: ReadonlyArray<string>;
  /** Who may not hold this duty besides the general rules, e.g. the person who is to be informed. */
  not?: ReadonlyArray<string>;
}

/** The duties of the plan beyond the agreements and safety roles that `network-conditions` and `safety-person` check. */
function duties(plan: Plan): Duty[] {
  const one = (id: string | null): string[] => (id === null ? [] : [id]);
  return [
    ...plan.informing.map((inf, i) => ({
      path: ['informing', i, 'byWhom'], what: `degene die ${inf.personId === null ? 'iemand' : nameOf(plan, inf.personId)} informeert`,
      ids: inf.byWhom, not: one(inf.personId),
    })),
    { path: ['copiesSentById'], what: 'degene die de kopieën verstuurt', ids: one(plan.copiesSentById) },
    { path: ['evaluationInitiatorId'], what: 'de initiatiefnemer van de evaluatie', ids: one(plan.evaluationInitiatorId) },
    { path: ['handOverToIds'], what: 'degene die de overdracht ontvangt', ids: plan.handOverToIds },
    { path: ['largeRelapseInformIds'], what: 'degene die het hoort bij een grote terugval', ids: plan.largeRelapseInformIds },
    ...plan.monitoring.map((m, i) => ({ path: ['monitoring', i, 'who'], what: 'degene die de afspraken checkt', ids: m.who })),
    { path: ['safetyDirectorId'], what: 'veiligheidsregisseur', ids: one(plan.safetyDirectorId) },
  ];
}

/**
 * Seed 004 §1 and §6-9: whoever holds a duty is a person of the plan, from the informal network only with the family's
 * consent, not the person the duty is about, and not a child alone: a child does not carry the plan's duties.
 */
export const dutyPerson: Rule = (plan) => {
  const people = new Set([...plan.directPersons, ...plan.socialNetwork, ...plan.professionals].map((p) => p.id));
  const kids = childIds(plan);
  return duties(plan).flatMap((duty): Finding[] => {
    if (duty.ids.length === 0) return [];
    const unknown = duty.ids.find((id) => !people.has(id));
    if (unknown !== undefined) return [finding('duty-person', 'error', duty.path, `Kies als ${duty.what} iemand uit de mensen van onderdeel 1.`)];
    const excluded = duty.ids.find((id) => !mayCarryPlan(plan, id));
    if (excluded !== undefined) {
      return [finding('duty-person', 'error', duty.path,
        `${nameOf(plan, excluded)} doet niet mee aan het plan of heeft geen toestemming van het gezin, en kan dus niet ${duty.what} zijn.`)];
    }
    const self = duty.ids.find((id) => duty.not?.includes(id));
    if (self !== undefined) return [finding('duty-person', 'error', duty.path, `${nameOf(plan, self)} kan niet ${duty.what} zijn: het gaat om deze persoon zelf.`)];
    if (duty.ids.every((id) => kids.has(id))) {
      return [finding('duty-person', 'error', duty.path, `Een kind kan niet alleen ${duty.what} zijn. Kies een volwassene, eventueel samen met het kind.`)];
    }
    return [];
  });
};

/** Seeds 000, 004 §4: acute safety is carried by adults. A child may help, but never carries an acute agreement alone. */
export const childNotAlone: Rule = (plan) => {
  const kids = childIds(plan);
  return plan.agreements.flatMap((a, i) => ((a.safety ?? null) === 'acute' && a.who.length > 0 && a.who.every((id) => kids.has(id))
    ? [finding('child-not-alone', 'error', ['agreements', i, 'who'],
      `Afspraak ${i + 1} is voor acute veiligheid en wordt alleen door een kind uitgevoerd. Een kind draagt de veiligheid nooit alleen: zet er een volwassene bij.`)]
    : []));
};

/** A large relapse always informs someone (seed 004 §6: "Wie wordt er dan geïnformeerd?"), in the plan and each time it happens. */
export const largeRelapseInforms: Rule = (plan) => {
  const out: Finding[] = [];
  if (plan.largeRelapseInformIds.length === 0) {
    out.push(finding('large-relapse-informs', 'error', ['largeRelapseInformIds'], 'Kies bij onderdeel 6 wie het te horen krijgt bij een grote terugval.'));
  }
  plan.incidents.forEach((inc, i) => {
    if (inc.relapse === 'large' && inc.informedIds.length === 0) {
      out.push(finding('large-relapse-informs', 'error', ['incidents', i, 'informedIds'], `Incident ${i + 1} was een grote terugval: leg vast wie is geïnformeerd.`));
    }
  });
  plan.evaluations.forEach((e, ei) => e.agreementReviews.forEach((r, ri) => {
    if (r.relapse === 'large' && (r.informedIds ?? []).length === 0) {
      out.push(finding('large-relapse-informs', 'error', ['evaluations', ei, 'agreementReviews', ri, 'informedIds'],
        `Bij evaluatie ${ei + 1} was een afspraak een grote terugval: leg vast wie is geïnformeerd.`));
    }
  }));
  return out;
};

/** The consent rules of Dutch youth care, by age on the day of consent. */
export const CONSENT_AGES = { parentsOnlyBelow: 12, youngPersonAloneFrom: 16 } as const;

export type ConsentNeed = 'parents' | 'both' | 'youngPerson';
export function consentNeed(age: number): ConsentNeed {
  if (age < CONSENT_AGES.parentsOnlyBelow) return 'parents';
  return age < CONSENT_AGES.youngPersonAloneFrom ? 'both' : 'youngPerson';
}

/** The children a copy is about: one child for their own book, every child otherwise. */
function childrenOfCopy(plan: Plan, r: CopyRecipient): DirectPerson[] {
  const resolved = resolveCopy(plan, r);
  if (resolved.ok && resolved.copy.kind === 'childBook') {
    const id = resolved.copy.childId;
    return children(plan).filter((c) => c.id === id);
  }
  return children(plan);
}

function consentFinding(plan: Plan, r: CopyRecipient, i: number, day: string): Finding | null {
  const byIds = new Set([r.consentById ?? null, ...(r.consentAlsoByIds ?? [])].filter((id): id is string => id !== null));
  const direct = new Map(plan.directPersons.map((p) => [p.id, p]));
  const who = label(r.name, `ontvanger ${i + 1}`);
  const at = (key: string): ReadonlyArray<PropertyKey> => ['copyRecipients', i, key];
  const parentConsented = [...byIds].some((id) => direct.get(id)?.isChild === false);
  for (const id of byIds) {
    const person = direct.get(id);
    if (person?.isChild !== true) continue;
    const age = person.birthDate === null ? null : ageOn(person.birthDate, day);
    if (age === null) return finding('consent-age', 'error', at('consentById'), `${label(person.name, 'Het kind')} gaf toestemming voor de kopie aan ${who}, maar de geboortedatum ontbreekt: vul die in bij onderdeel 1.`);
    if (age < CONSENT_AGES.parentsOnlyBelow) {
      return finding('consent-age', 'error', at('consentById'), `${label(person.name, 'Het kind')} is ${age} en kan nog niet zelf toestemming geven voor de kopie aan ${who}: onder de 12 geeft een ouder of voogd toestemming.`);
    }
  }
  for (const child of childrenOfCopy(plan, r)) {
    const name = label(child.name, 'een kind');
    const age = child.birthDate === null ? null : ageOn(child.birthDate, day);
    if (age === null) return finding('consent-age', 'error', at('consentById'), `Voor de kopie aan ${who} telt de leeftijd van ${name}: vul de geboortedatum in bij onderdeel 1.`);
    const need = consentNeed(age);
    const childConsented = byIds.has(child.id);
    if (need === 'parents' && !parentConsented) {
      return finding('consent-age', 'error', at('consentById'), `${name} is ${age}: voor de kopie aan ${who} geeft een ouder of voogd toestemming.`);
    }
    if (need === 'both' && !(childConsented && parentConsented)) {
      return finding('consent-age', 'error', at('consentAlsoByIds'), `${name} is ${age}: voor de kopie aan ${who} geven ${name} en een ouder of voogd allebei toestemming.`);
    }
    if (need === 'youngPerson' && !childConsented) {
      return finding('consent-age', 'error', at('consentAlsoByIds'), `${name} is ${age}: voor de kopie aan ${who} geeft ${name} zelf toestemming.`);
    }
  }
  return null;
}

/**
 * Seed 004 §8: the directly involved consent to a copy; youth care's age rules say who that is for a child: under 12 the
 * parents or guardian, 12 to 15 the young person and the parents, 16 and over the young person. Ages count on the day of
 * the consent (today while it has no date).
 */
export const consentAge: Rule = (plan, today) => plan.copyRecipients.flatMap((r, i) => {
  if (!r.consentGiven) return [];
  const problem = consentFinding(plan, r, i, r.consentDate ?? today);
  return problem === null ? [] : [problem];
});

/** The date of birth is a date: what the migration could not read is flagged, and a child's age must be known. */
export const birthDate: Rule = (plan, today) => plan.directPersons.flatMap((p, i): Finding[] => {
  const name = label(p.name, `Directbetrokkene ${i + 1}`);
  if (p.birthDate !== null) {
    return p.birthDate > today ? [finding('birth-date', 'error', ['directPersons', i, 'birthDate'], `De geboortedatum van ${name} ligt in de toekomst.`)] : [];
  }
  if (!blank(p.birthDateUnread)) {
    return [finding('birth-date', 'warning', ['directPersons', i, 'birthDate'],
      `Bij ${name} stond "${p.birthDateUnread.trim()}", en dat is geen datum. Vul de geboortedatum in.`)];
  }
  return p.isChild ? [finding('birth-date', 'warning', ['directPersons', i, 'birthDate'], `Vul de geboortedatum van ${name} in: daaruit volgt wie toestemming geeft.`)] : [];
});

/** Seed 004 §7: a child who was there is still told, in their own words, what was agreed; or a reason says why not. */
export const childInformed: Rule = (plan) => plan.directPersons.flatMap((p, i) => {
  if (!p.isChild || !p.present || !blank(p.noInformingReason ?? '')) return [];
  const talk = plan.informing.find((inf) => inf.personId === p.id);
  if (talk !== undefined && talk.byWhom.length > 0 && !blank(talk.how)) return [];
  return [finding('child-informed', 'error', ['directPersons', i],
    `${label(p.name, 'Een kind')} was erbij, maar moet ook daarna in eigen taal horen wat er is afgesproken. Leg bij onderdeel 7 vast wie dat vertelt en hoe, of schrijf op waarom dat niet nodig is.`)];
});

/** Seed 001: each child's own words and view (the Three Houses) stand beside the adults'. */
export const childVoice: Rule = (plan) => plan.directPersons.flatMap((p, i) => {
  if (!p.isChild) return [];
  const houses = plan.threeHouses.filter((h) => h.childId === p.id);
  if (houses.some((h) => !blank(h.worries) || !blank(h.goodThings) || !blank(h.dreams))) return [];
  return [finding('child-voice', 'warning', ['threeHouses'],
    `${label(p.name, `Kind ${i + 1}`)} heeft nog geen eigen woorden in het plan. Vraag met de Drie Huizen naar de zorgen, de goede dingen en de dromen van dit kind.`)];
});

const CHILD_WORDS = ['childWhatHappenedWords', 'childSafetyPersonWords', 'childWhenUnsafeWords', 'childWherePlanWords', 'childAgreementsWords'] as const;
/** A sentence this long, copied, is the adults' words rather than a coincidence. */
const COPIED_WORDS = 6;

const normal = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The sentences of the adults' analysis long enough to recognise when they turn up word for word. */
function adultSentences(plan: Plan): string[] {
  const texts = [
    ...plan.concernFacts, ...plan.dangerStatements, ...plan.complicatingFactors,
  ].map((item) => item.text);
  return texts.flatMap((text) => text.split(/[.!?;:\n]+/)).map(normal).filter((s) => s.split(' ').length >= COPIED_WORDS);
}

/**
 * Seed 004 §7 ("in begrijpelijke taal") and seed 001: what the children read is written for them. The child version
 * never copies the adults' concerns word for word, and never holds a brother's or sister's own words.
 */
export const childBookSafe: Rule = (plan) => {
  const adult = adultSentences(plan);
  const siblingWords = plan.threeHouses.flatMap((h) => [h.worries, h.goodThings, h.dreams])
    .concat(plan.evaluations.flatMap((e) => e.childVoices.flatMap((v) => [v.worries, v.feelsSafeWhen])))
    .map(normal).filter((s) => s.split(' ').length >= COPIED_WORDS);
  return CHILD_WORDS.flatMap((key) => {
    const text = normal(plan[key]);
    if (text === '') return [];
    if (adult.some((s) => ` ${text} `.includes(` ${s} `))) {
      return [finding('child-book-safe', 'error', [key], 'Deze tekst voor de kinderen neemt zinnen van de zorgen letterlijk over. Vertel het in woorden voor een kind.')];
    }
    if (children(plan).length > 1 && siblingWords.some((s) => ` ${text} `.includes(` ${s} `))) {
      return [finding('child-book-safe', 'error', [key], 'Deze tekst voor alle kinderen bevat wat één kind zelf zei. Die woorden zijn van dat kind: laat ze hier weg.')];
    }
    return [];
  });
};

export const DUTY_AND_CHILD_RULES: ReadonlyArray<Rule> = [
  dutyPerson, childNotAlone, largeRelapseInforms, consentAge, birthDate, childInformed, childVoice, childBookSafe,
];
