import { migrateBirthText } from './birthDate';
import { CURRENT_SCHEMA_VERSION } from './plan';

/**
 * Schema migrations. Each step takes a plain copy and returns the next version.
 * - 1 -> 2: the prototype's format had `family` instead of `familyName`, no `phase`, and no child-version fields.
 * - 2 -> 3: safety persons carry the children they are for and the four qualities of seed 004's footnote
 *   (`safetyPersonIds` becomes `safetyPersons`); removed conditions become a record of removals and changes;
 *   a copy recipient records who gave the consent (`consentById`).
 * - 3 -> 4: three self-contained changes in one step.
 *   - `migrateLifecycle`: agreements carry their safety (acute/stable, unknown after migration); an agreement review carries the
 *     signal-plan fields; the plan gets an incident log, a closure and `revisionOf`.
 *   - `migrateCrisisAndAnalysis`: the crisis variant's and the joint analysis's fields.
 *   - `migrateCopyChoices`: what each copy recipient receives becomes a choice; consent withdrawal and share records.
 * - 4 -> 5 (`migrateIntegrity`): a plan that holds. The date of birth becomes a date (what cannot be read is kept, flagged);
 *   the history of conditions also holds bottom lines, with the professional and the day; the family's agreement; the
 *   reasons the quality check accepts in place of a missing part; who is told at a large relapse; which agreements a
 *   check watches; everyone who consented to a copy; a score's why and situation; an evaluation's look at the conditions.
 */

type Json = Record<string, unknown>;
type MigrationResult = { ok: true; value: unknown } | { ok: false; errors: { path: string; message: string }[] };

const STEPS: Record<number, (doc: Json) => Json> = {
  1: (doc) => {
    const { family, ...rest } = doc;
    return {
      ...rest,
      familyName: typeof family === 'string' ? family : '',
      phase: 'acute',
      childSafetyPersonWords: '',
      childWhenUnsafeWords: '',
      childWherePlanWords: '',
      childAgreementsWords: '',
      schemaVersion: 2,
    };
  },
  2: (doc) => {
    const { safetyPersonIds, ...rest } = doc;
    const childIds = asRecords(doc.directPersons).filter((p) => p.isChild === true).map((p) => p.id).filter((id): id is string => typeof id === 'string');
    const ids = Array.isArray(safetyPersonIds) ? safetyPersonIds : [];
    return {
      ...rest,
      // The qualities were never asked before version 3: they start unticked, so the check asks for them.
      safetyPersons: ids.map((personId, i) => ({
        id: `safety-person-${i + 1}`, personId, childIds, wellInformed: false, easyToReach: false, regularContact: false, willingToAct: false,
      })),
      removedConditions: Array.isArray(doc.removedConditions)
        ? doc.removedConditions.map((r) => (isRecord(r) ? { ...r, change: 'removed', newKind: null, newText: '' } : r))
        : doc.removedConditions,
      copyRecipients: Array.isArray(doc.copyRecipients)
        ? doc.copyRecipients.map((r) => (isRecord(r) ? { ...r, consentById: null } : r))
        : doc.copyRecipients,
      schemaVersion: 3,
    };
  },
  3: (doc) => ({ ...migrateCopyChoices(migrateLifecycle(migrateCrisisAndAnalysis(doc))), schemaVersion: 4 }),
  4: (doc) => ({ ...migrateIntegrity(doc), schemaVersion: 5 }),
};

/** Maps each record of a list, leaving anything that is not a list (or not a record) for the schema to report. */
function eachRecord(value: unknown, f: (item: Json) => Json): unknown {
  return Array.isArray(value) ? value.map((item) => (isRecord(item) ? f(item) : item)) : value;
}

/**
 * Step 4 -> 5. Every new field starts empty, so the quality check asks for what was never recorded (the family's agreement,
 * the professional behind an old change of a condition) instead of the migration inventing it.
 */
export function migrateIntegrity(doc: Json): Json {
  return {
    ...doc,
    directPersons: eachRecord(doc.directPersons, (p) => {
      const { birthDateOrAge, ...rest } = p;
      return { ...rest, ...migrateBirthText(birthDateOrAge), noInformingReason: '' };
    }),
    noInformalNetworkReason: '',
    removedConditions: eachRecord(doc.removedConditions, (r) => ({
      ...r, subject: 'condition', subjectId: null, actionWhen: '', newActionWhen: '', professionalId: null, date: null,
    })),
    monitoring: eachRecord(doc.monitoring, (m) => ({ ...m, agreementIds: [] })),
    largeRelapseInformIds: [],
    copyRecipients: eachRecord(doc.copyRecipients, (r) => ({ ...r, consentAlsoByIds: [] })),
    evaluations: eachRecord(doc.evaluations, (e) => ({
      ...e, ...('scores' in e ? { scores: eachRecord(e.scores, (sc) => ({ ...sc, why: '', situation: '' })) } : {}), noScoresReason: '', conditionsReview: '',
    })),
    closure: isRecord(doc.closure) ? { ...doc.closure, despiteReason: '', despiteById: null } : doc.closure,
    familyAgreement: [],
    familyAgreementReason: '',
    childWhatHappenedWords: '',
  };
}

/**
 * Step 3 -> 4 for the lifecycle fields only. Self-contained, so it can be chained with other branches' steps: it adds
 * its own fields and sets the version, and leaves every other key as it found it.
 */
export function migrateLifecycle(doc: Json): Json {
  const closed = doc.status === 'closed';
  return {
    ...doc,
    // Never asked before version 4: left open, so the quality check asks for it.
    agreements: Array.isArray(doc.agreements)
      ? doc.agreements.map((a) => (isRecord(a) ? { safety: null, ...a } : a))
      : doc.agreements,
    evaluations: Array.isArray(doc.evaluations)
      ? doc.evaluations.map((e) => (isRecord(e) && Array.isArray(e.agreementReviews)
        ? { ...e, agreementReviews: e.agreementReviews.map((r) => (isRecord(r) ? { relapse: null, actedByIds: [], informedIds: [], actionTaken: '', ...r } : r)) }
        : e))
      : doc.evaluations,
    incidents: Array.isArray(doc.incidents) ? doc.incidents : [],
    // A plan closed before version 4 was closed as "stable safety reached"; the reason was never asked.
    closure: isRecord(doc.closure) ? doc.closure : closed && typeof doc.validUntil === 'string'
      ? { outcome: 'safe-enough', reason: '', date: doc.validUntil }
      : null,
    revisionOf: typeof doc.revisionOf === 'string' ? doc.revisionOf : null,
    schemaVersion: 4,
  };
}

/** The perspective an analysis item gets when it was written before perspectives were asked: nobody said (null). */
function withPerspective(value: unknown): unknown {
  return Array.isArray(value) ? value.map((item) => (isRecord(item) && !('perspective' in item) ? { ...item, perspective: null } : item)) : value;
}

/**
 * Schema 3 -> 4, the crisis variant and the joint analysis: every plan so far is a standard plan without a recorded
 * referral, hand-over, violence prompts, decision, Three Houses or case direction; concerns, danger statements and
 * strengths get a perspective (unknown). Self-contained and leaves `schemaVersion` to the step that calls it, so other
 * changes of the same version can be chained around it.
 */
export function migrateCrisisAndAnalysis(doc: Json): Json {
  return {
    ...doc,
    variant: 'standard',
    referralDate: null,
    referrer: '',
    bottomLines: [],
    facilitatorId: null,
    handOverDate: null,
    handOverToIds: [],
    handOverNotes: '',
    concernFacts: withPerspective(doc.concernFacts),
    dangerStatements: withPerspective(doc.dangerStatements),
    strengths: withPerspective(doc.strengths),
    violencePhysicalAbuse: '',
    violencePsychologicalAbuse: '',
    violencePhysicalNeglect: '',
    violencePsychologicalNeglect: '',
    violenceSexualAbuse: '',
    earlierViolence: '',
    earlierDecisions: '',
    safetyDecision: null,
    authorityConsulted: false,
    authorityConsultedOn: null,
    threeHouses: [],
    caseDirectorId: null,
    professionalAgreements: '',
  };
}

/** Free texts that only said "the whole plan" (everyone got the whole plan before version 4), compared lower-case. */
const WHOLE_PLAN_WORDS = new Set(['', 'volledig plan', 'het volledige plan', 'hele plan', 'het hele plan', 'heel plan', 'plan', 'veiligheidsplan',
  'het veiligheidsplan', 'whole plan', 'the whole plan', 'full plan', 'the full plan', 'alles', 'everything']);

/**
 * Step 3 -> 4: what a copy recipient gets becomes a choice. Before version 4 every recipient got the whole plan,
 * whatever the free text `receives` said, so each becomes "the whole plan"; a text that said more than that is kept
 * as the recipient's note. Tenant-mode shares start as an empty record (`copyShares`): copies shared before version 4
 * were one overwritten file, which this version no longer writes.
 * Self-contained and free of the version number (the STEPS entry sets it), so it can be chained with other steps.
 */
export function migrateCopyChoices(doc: Json): Json {
  return {
    ...doc,
    copyRecipients: Array.isArray(doc.copyRecipients)
      ? doc.copyRecipients.map((r) => {
        if (!isRecord(r)) return r;
        const { receives, ...rest } = r;
        const text = typeof receives === 'string' ? receives.trim() : '';
        const note = WHOLE_PLAN_WORDS.has(text.toLowerCase()) ? '' : text;
        return { ...rest, receives: { kind: 'plan' }, receivesNote: note, consentWithdrawnOn: null };
      })
      : doc.copyRecipients,
    copyShares: [],
  };
}

function asRecords(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function migrate(input: unknown): MigrationResult {
  if (!isRecord(input)) {
    return { ok: false, errors: [{ path: '$', message: 'Een veiligheidsplan is een JSON-object; dit bestand bevat iets anders.' }] };
  }
  const version = input.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [{ path: '$.schemaVersion', message: 'Het veld schemaVersion ontbreekt of is ongeldig; dit lijkt geen veiligheidsplan.' }] };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [{
        path: '$.schemaVersion',
        message: `Dit plan is gemaakt met een nieuwere versie van de app (schemaversie ${version}). Werk de app bij om het te openen; het bestand is niet gewijzigd.`,
      }],
    };
  }
  let doc: Json = { ...input };
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v += 1) {
    const step = STEPS[v];
    if (!step) throw new Error(`missing migration step ${v}`);
    doc = step(doc);
  }
  return { ok: true, value: doc };
}
