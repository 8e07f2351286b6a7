import { resolveCopy } from './copies';
import type { CopyProblem } from './copies';
import { children } from './plan';
import { mayCarryPlan } from './roles';
import type { CopyRecipient } from './plan';
import { blank, finding, label } from './ruleKit';
import type { Finding, Rule } from './ruleKit';

/**
 * The rules about people and their roles: safety persons (seed 004's footnote), informing those who were absent
 * (section 7), consent for copies (section 8), and the conditions for taking part from the informal network (section 1).
 */

const SAFETY_QUALITIES = [
  ['wellInformed', 'kent de situatie en het plan'],
  ['easyToReach', 'is makkelijk bereikbaar voor het kind'],
  ['regularContact', 'heeft geregeld contact met het kind'],
  ['willingToAct', 'komt in actie bij zorgen'],
] as const;

/**
 * Seed 004's footnote: a safety person comes from the child's social or professional network, besides the parents,
 * so a directly involved person (a parent or a child) does not count. Every child has one, with the four qualities.
 */
export const safetyPerson: Rule = (plan) => {
  const kids = children(plan);
  if (kids.length === 0) return [];
  const network = new Map([...plan.socialNetwork, ...plan.professionals].map((p) => [p.id, p.name]));
  const direct = new Set(plan.directPersons.map((p) => p.id));
  const out: Finding[] = [];
  plan.safetyPersons.forEach((sp, i) => {
    const n = i + 1;
    if (sp.personId === null || !network.has(sp.personId)) {
      const why = sp.personId !== null && direct.has(sp.personId)
        ? 'een ouder of kind telt niet; kies iemand uit het sociaal of professioneel netwerk' : 'kies iemand uit het sociaal of professioneel netwerk';
      out.push(finding('safety-person', 'warning', ['safetyPersons', i, 'personId'], `Veiligheidspersoon ${n}: ${why}.`));
      return;
    }
    const name = label(network.get(sp.personId) ?? '', `Veiligheidspersoon ${n}`);
    if (sp.childIds.length === 0) out.push(finding('safety-person', 'warning', ['safetyPersons', i, 'childIds'], `Kies voor welke kinderen ${name} veiligheidspersoon is.`));
    const unmet = SAFETY_QUALITIES.filter(([key]) => !sp[key]).map(([, text]) => text);
    if (unmet.length > 0) {
      out.push(finding('safety-person', 'warning', ['safetyPersons', i],
        `Nog niet vastgelegd is dat veiligheidspersoon ${name}: ${unmet.join('; ')}. Bespreek dit met ${name} en vink aan wat klopt.`));
    }
  });
  const covered = new Set(plan.safetyPersons
    .filter((sp) => sp.personId !== null && network.has(sp.personId))
    .flatMap((sp) => sp.childIds));
  kids.forEach((child) => {
    if (!covered.has(child.id)) {
      out.push(finding('safety-person', 'warning', ['safetyPersons'],
        `${label(child.name, 'Een kind')} heeft nog geen veiligheidspersoon. Noem bij onderdeel 4 iemand naast de ouders bij wie dit kind terechtkan.`));
    }
  });
  return out;
};

/** Everyone directly involved who was not there, children included; no opt-in flag (`mustBeInformed` is not read). */
export const absentInformed: Rule = (plan) => plan.directPersons.flatMap((p, i) => {
  if (p.present) return [];
  const item = plan.informing.find((inf) => inf.personId === p.id);
  const complete = item !== undefined && item.byWhom.length > 0 && !blank(item.when) && !blank(item.how);
  return complete ? [] : [finding('absent-informed', 'error', ['directPersons', i],
    `${label(p.name, `Directbetrokkene ${i + 1}`)} was er niet bij en moet het plan kennen: leg bij onderdeel 7 vast wie het vertelt, wanneer en hoe.`)];
});

const COPY_PROBLEMS: Readonly<Record<CopyProblem, (who: string) => string>> = {
  'overview.noPerson': (who) => `Kies van wie het overzicht is dat ${who} krijgt: ${who} staat zelf niet in het plan.`,
  'childBook.noChild': (who) => `Kies van welk kind het kinderboek is dat ${who} krijgt.`,
  'sections.none': (who) => `Kies welke onderdelen ${who} krijgt, of kies een andere kopie.`,
};

function consentFindings(r: CopyRecipient, i: number, who: string, direct: ReadonlySet<string>): Finding[] {
  if (!r.consentGiven) {
    return [finding('copy-consent', 'error', ['copyRecipients', i, 'consentGiven'],
      `Voor de kopie aan ${who} is geen toestemming vastgelegd. Leg de toestemming vast, of haal de ontvanger weg.`)];
  }
  const missing: Finding[] = [];
  if (r.consentDate === null) {
    missing.push(finding('copy-consent', 'error', ['copyRecipients', i, 'consentDate'], `Vul de datum in waarop toestemming is gegeven voor de kopie aan ${who}.`));
  }
  const by = r.consentById ?? null;
  if (by === null || !direct.has(by)) {
    missing.push(finding('copy-consent', 'error', ['copyRecipients', i, 'consentById'], `Kies welke directbetrokkene toestemming gaf voor de kopie aan ${who}.`));
  }
  return missing;
}

export const copyConsent: Rule = (plan) => {
  const direct = new Set(plan.directPersons.map((p) => p.id));
  const out = plan.copyRecipients.flatMap((r, i) => {
    const who = label(r.name, `ontvanger ${i + 1}`);
    const choice = resolveCopy(plan, r);
    const choiceFinding = choice.ok ? [] : [finding('copy-consent', 'error', ['copyRecipients', i, 'receives'], COPY_PROBLEMS[choice.problem](who))];
    return [...choiceFinding, ...consentFindings(r, i, who, direct)];
  });
  if (plan.copyRecipients.length > 0 && plan.copiesSentById === null) {
    out.push(finding('copy-consent', 'error', ['copiesSentById'], 'Er gaan kopieën van het plan rond: kies bij onderdeel 8 wie ze verstuurt.'));
  }
  return out;
};

export const networkConditions: Rule = (plan) => {
  const unmetConditions = plan.socialNetwork.flatMap((p, i) => {
    if (!p.participates) return [];
    const unmet = [
      !p.wantsChildrenWell && 'wil dat het goed gaat met de kinderen',
      !p.willingToThinkAlong && 'wil meedenken',
      !p.consentOfDirect && 'heeft toestemming van de directbetrokkenen',
    ].filter((x): x is string => typeof x === 'string');
    return unmet.length === 0 ? [] : [finding('network-conditions', 'error', ['socialNetwork', i],
      `${label(p.name, `Netwerklid ${i + 1}`)} doet mee, maar nog niet vastgelegd is dat deze persoon: ${unmet.join('; ')}.`)];
  });
  // Someone who does not take part, or whom the family did not consent to, carries no part of the plan.
  const excluded = new Map(plan.socialNetwork
    .map((p, i) => [p, i] as const)
    .filter(([p]) => !mayCarryPlan(plan, p.id))
    .map(([p, i]) => [p.id, label(p.name, `Netwerklid ${i + 1}`)]));
  const role = (path: ReadonlyArray<PropertyKey>, ids: ReadonlyArray<string | null>, what: string): Finding[] => ids
    .filter((id): id is string => id !== null && excluded.has(id))
    .slice(0, 1)
    .map((id) => finding('network-conditions', 'error', path,
      `${excluded.get(id) ?? ''} doet niet mee aan het plan of heeft geen toestemming van het gezin, en kan dus niet ${what} zijn. Kies iemand anders.`));
  const roles = [
    ...plan.agreements.flatMap((a, i) => role(['agreements', i, 'who'], a.who, `uitvoerder van afspraak ${i + 1}`)),
    ...plan.monitoring.flatMap((m, i) => role(['monitoring', i, 'who'], m.who, 'degene die de afspraken checkt')),
    ...plan.safetyPersons.flatMap((sp, i) => role(['safetyPersons', i, 'personId'], [sp.personId], 'veiligheidspersoon')),
    ...role(['safetyDirectorId'], [plan.safetyDirectorId], 'veiligheidsregisseur'),
  ];
  return excluded.size === 0 ? unmetConditions : [...unmetConditions, ...roles];
};
