import { isBroken, missingSignal, signalOf } from './incidents';
import { blank, finding } from './ruleKit';
import type { Finding, Rule } from './ruleKit';

/**
 * The rules of the plan's life after it is made: acute and stable safety per agreement (seeds 000, 003), broken
 * agreements and incidents (seed 004 section 6, seed 002), and an honest closure (seed 004 section 6).
 */

/** Seed 000: first agreements for immediate safety, then for stable safety. Each agreement says which it serves. */
export const agreementSafety: Rule = (plan) => plan.agreements.flatMap((a, i) => ((a.safety ?? null) === null
  ? [finding('agreement-safety', 'warning', ['agreements', i, 'safety'], `Geef bij afspraak ${i + 1} aan of die voor acute of voor stabiele veiligheid is.`)]
  : []));

const MISSING_WORDS = {
  relapse: 'hoe groot de terugval was',
  actedByIds: 'wie in actie kwam',
  informedIds: 'wie is geïnformeerd',
  actionTaken: 'wat er is gedaan',
} as const;

/** An agreement reviewed as not kept opens the signal plan: the review records the relapse, who acted, who was told, what was done. */
export const brokenAgreement: Rule = (plan) => plan.evaluations.flatMap((e, ei) => e.agreementReviews.flatMap((r, ri) => {
  if (!isBroken(r)) return [];
  const missing = missingSignal(signalOf(r));
  if (missing.length === 0) return [];
  const n = plan.agreements.findIndex((a) => a.id === r.agreementId) + 1;
  const which = n > 0 ? `Afspraak ${n}` : 'Een afspraak';
  const first = missing[0] as keyof typeof MISSING_WORDS;
  return [finding('broken-agreement', 'warning', ['evaluations', ei, 'agreementReviews', ri, first],
    `${which} is niet nagekomen. Leg vast ${missing.map((k) => MISSING_WORDS[k]).join(', ')}: dit is het punt waarop actie nodig is.`)];
}));

/** An incident in the log says when, what happened and who acted; a date in the future is a typing error. */
export const incidentComplete: Rule = (plan, today) => plan.incidents.flatMap((incident, i): Finding[] => {
  const n = i + 1;
  const out: Finding[] = [];
  if (incident.date === null) out.push(finding('incident-complete', 'warning', ['incidents', i, 'date'], `Vul bij incident ${n} de datum in.`));
  else if (incident.date > today) out.push(finding('incident-complete', 'warning', ['incidents', i, 'date'], `De datum van incident ${n} ligt in de toekomst.`));
  if (blank(incident.what)) out.push(finding('incident-complete', 'warning', ['incidents', i, 'what'], `Beschrijf bij incident ${n} wat er is gebeurd.`));
  if (incident.actedByIds.length === 0) out.push(finding('incident-complete', 'warning', ['incidents', i, 'actedByIds'], `Kies bij incident ${n} wie in actie kwam.`));
  return out;
});

/** A closed plan says how it ended and why; an open plan has no closure. */
export const closure: Rule = (plan) => {
  if (plan.status !== 'closed') {
    return plan.closure === null ? [] : [finding('closure', 'error', ['closure'], 'Het plan is niet afgesloten, maar heeft wel een afsluiting. Haal die weg of sluit het plan af.')];
  }
  if (plan.closure === null) return [finding('closure', 'warning', ['closure'], 'Het plan is afgesloten zonder uitkomst. Leg vast of het veilig genoeg is of dat het plan niet werkte, en waarom.')];
  return blank(plan.closure.reason)
    ? [finding('closure', 'warning', ['closure', 'reason'], 'Bij het afsluiten is geen reden vastgelegd. Schrijf op waarom het plan is afgesloten.')]
    : [];
};
