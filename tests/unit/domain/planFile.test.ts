import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENT_SCHEMA_VERSION, createEmptyPlan, parsePlan, parsePlanText, planSchema, serializePlan } from '../../../src/domain';
import type { ParseError, ParseResult, Plan } from '../../../src/domain';
import { completePlan, firstDraftPlan, v1PrototypeJson } from '../../fixtures';
import v2CompleteJson from '../../fixtures/plans/v2-complete.json';
import { summaryOfStoredPlan } from '../../../src/adapters/local/summary';
import { migrateCrisisAndAnalysis } from '../../../src/domain/migrations';

const MALFORMED_DIR = join(__dirname, '../../fixtures/malformed');
const readMalformed = (name: string): string => readFileSync(join(MALFORMED_DIR, name), 'utf8');

type Json = Record<string, unknown>;
/** Writes a value the model may not allow: that is the point of a malformed file. */
const put = (target: object, key: string, value: unknown): void => { (target as Json)[key] = value; };
const completeJson = (): Plan => JSON.parse(serializePlan(completePlan())) as Plan;
const completeText = (): string => serializePlan(completePlan());
const EIGHT_MB = 8 * 1024 * 1024;

function errorsOf(result: ParseResult): ParseError[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const DATE_MESSAGE = 'Dit is geen geldige datum. Gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2026-03-01.';
const NOT_JSON = 'Dit is geen geldig JSON-bestand.';
const NOT_OBJECT = 'Een veiligheidsplan is een JSON-object; dit bestand bevat iets anders.';
const MISSING = 'Dit verplichte veld ontbreekt.';
const unknownKey = (key: string): string => `Onbekend veld: "${key}". Dit veld hoort niet in een veiligheidsplan.`;

interface MalformedCase {
  name: string;
  /** The file's text, as it would come from disk. */
  text: () => string;
  errors: ParseError[];
}

/** Builds the text of a complete plan with one change made to its JSON. */
const edited = (change: (doc: Plan) => void) => (): string => {
  const doc = completeJson();
  change(doc);
  return JSON.stringify(doc, null, 2);
};

const CASES: MalformedCase[] = [
  { name: 'not JSON at all', text: () => readMalformed('not-json.json'), errors: [{ path: '$', message: NOT_JSON }] },
  { name: 'a truncated file', text: () => readMalformed('truncated.json'), errors: [{ path: '$', message: NOT_JSON }] },
  { name: 'an empty file', text: () => readMalformed('empty.json'), errors: [{ path: '$', message: NOT_JSON }] },
  { name: 'a list instead of a plan', text: () => readMalformed('top-level-array.json'), errors: [{ path: '$', message: NOT_OBJECT }] },
  { name: 'a bare string', text: () => readMalformed('string-plan.json'), errors: [{ path: '$', message: NOT_OBJECT }] },
  {
    name: 'no schemaVersion',
    text: () => readMalformed('no-schema-version.json'),
    errors: [{ path: '$.schemaVersion', message: 'Het veld schemaVersion ontbreekt of is ongeldig; dit lijkt geen veiligheidsplan.' }],
  },
  {
    name: 'a newer schemaVersion',
    text: () => readMalformed('newer-version.json'),
    errors: [{
      path: '$.schemaVersion',
      message: 'Dit plan is gemaakt met een nieuwere versie van de app (schemaversie 99). Werk de app bij om het te openen; het bestand is niet gewijzigd.',
    }],
  },
  {
    name: 'schemaVersion as text',
    text: edited((d) => { put(d, 'schemaVersion', '2'); }),
    errors: [{ path: '$.schemaVersion', message: 'Het veld schemaVersion ontbreekt of is ongeldig; dit lijkt geen veiligheidsplan.' }],
  },
  { name: 'a missing section', text: edited((d) => { delete (d as Partial<Plan>).agreements; }), errors: [{ path: '$.agreements', message: MISSING }] },
  {
    name: 'family name is a number',
    text: edited((d) => { put(d, 'familyName', 42); }),
    errors: [{ path: '$.familyName', message: 'Verwacht tekst, maar het bestand bevat een getal.' }],
  },
  {
    name: 'directly involved people as an object instead of a list',
    text: edited((d) => { put(d, 'directPersons', { 'd-sanne': d.directPersons[0] }); }),
    errors: [{ path: '$.directPersons', message: 'Verwacht een lijst, maar het bestand bevat een object.' }],
  },
  {
    name: '"ja" instead of true',
    text: edited((d) => { put(d.directPersons[2]!, 'isChild', 'ja'); }),
    errors: [{ path: '$.directPersons[2].isChild', message: 'Verwacht ja/nee (true of false), maar het bestand bevat tekst.' }],
  },
  {
    name: 'a name that is null',
    text: edited((d) => { put(d.socialNetwork[0]!, 'name', null); }),
    errors: [{ path: '$.socialNetwork[0].name', message: 'Verwacht tekst, maar het bestand bevat leeg (null).' }],
  },
  {
    name: 'a status in Dutch',
    text: edited((d) => { put(d, 'status', 'actief'); }),
    errors: [{ path: '$.status', message: 'Ongeldige waarde. Toegestaan: "draft", "active", "evaluated", "closed".' }],
  },
  { name: 'a Dutch-style date', text: edited((d) => { d.madeOn = '18-11-2026'; }), errors: [{ path: '$.madeOn', message: DATE_MESSAGE }] },
  { name: 'a day that does not exist', text: edited((d) => { d.evaluationDate = '2027-02-30'; }), errors: [{ path: '$.evaluationDate', message: DATE_MESSAGE }] },
  {
    name: 'a date in words',
    text: edited((d) => { d.copyRecipients[0]!.consentDate = 'gisteren'; }),
    errors: [{ path: '$.copyRecipients[0].consentDate', message: DATE_MESSAGE }],
  },
  {
    name: 'a date as a timestamp number',
    text: edited((d) => { put(d, 'validFrom', 1795046400000); }),
    errors: [{ path: '$.validFrom', message: 'Verwacht tekst, maar het bestand bevat een getal.' }],
  },
  {
    name: 'an agreement pointing to an unknown person',
    text: edited((d) => { d.agreements[1]!.who.push('p-onbekend'); }),
    errors: [{ path: '$.agreements[1].who[1]', message: 'Verwijst naar een persoon die niet in het plan staat (id "p-onbekend").' }],
  },
  {
    name: 'an agreement pointing to an unknown goal',
    text: edited((d) => { d.agreements[0]!.goalId = 'g-9'; }),
    errors: [{ path: '$.agreements[0].goalId', message: 'Verwijst naar een doel dat niet in het plan staat (id "g-9").' }],
  },
  {
    name: 'a safety director who is not in the plan',
    text: edited((d) => { d.safetyDirectorId = 'weg'; }),
    errors: [{ path: '$.safetyDirectorId', message: 'Verwijst naar een persoon die niet in het plan staat (id "weg").' }],
  },
  {
    name: 'two people with the same id',
    text: edited((d) => { d.socialNetwork[2]!.id = 'd-sanne'; }),
    errors: [{ path: '$.socialNetwork[2].id', message: 'De id "d-sanne" komt meer dan eens voor; elke persoon, elk doel en elke afspraak heeft een eigen id.' }],
  },
  {
    name: 'an id with spaces',
    text: edited((d) => { d.goals[0]!.id = 'doel 1'; d.agreements.forEach((a) => { if (a.goalId === 'g-1') a.goalId = null; }); }),
    errors: [{ path: '$.goals[0].id', message: 'Ongeldige id: gebruik 1 tot 64 letters, cijfers, - of _.' }],
  },
  {
    name: '8 MB of text in a long field',
    text: edited((d) => { d.genogramNote = 'a'.repeat(EIGHT_MB); }),
    errors: [{ path: '$.genogramNote', message: 'De tekst is te lang: maximaal 20.000 tekens.' }],
  },
  {
    name: '8 MB of text in a short field',
    text: edited((d) => { d.directPersons[0]!.name = 'b'.repeat(EIGHT_MB); }),
    errors: [{ path: '$.directPersons[0].name', message: 'De tekst is te lang: maximaal 500 tekens.' }],
  },
  {
    name: 'a list of 501 concern facts',
    text: edited((d) => { d.concernFacts = Array.from({ length: 501 }, (_, i) => ({ id: `cf-${i}`, text: 'feit', perspective: null })); }),
    errors: [{ path: '$.concernFacts', message: 'De lijst is te lang: maximaal 500 items.' }],
  },
  {
    name: 'a score of 11',
    text: edited((d) => { d.evaluations[0]!.scores[0]!.score = 11; }),
    errors: [{ path: '$.evaluations[0].scores[0].score', message: 'De waarde is te groot: maximaal 10.' }],
  },
  {
    name: 'a plan version with decimals',
    text: edited((d) => { d.evaluations[0]!.planVersion = 1.5; }),
    errors: [{ path: '$.evaluations[0].planVersion', message: 'Verwacht een geheel getal, maar het bestand bevat een getal met decimalen.' }],
  },
  { name: 'version 0', text: edited((d) => { d.version = 0; }), errors: [{ path: '$.version', message: 'De waarde is te klein: minimaal 1.' }] },
  {
    name: 'a __proto__ key at the top',
    text: () => completeText().replace('{', '{\n  "__proto__": { "status": "closed", "isAdmin": true },'),
    errors: [{ path: '$.__proto__', message: unknownKey('__proto__') }],
  },
  {
    name: 'a __proto__ key inside a person',
    text: () => completeText().replace('"id": "d-sanne",', '"id": "d-sanne", "__proto__": { "isChild": true },'),
    errors: [{ path: '$.directPersons[0].__proto__', message: unknownKey('__proto__') }],
  },
  {
    name: 'a constructor key',
    text: () => completeText().replace('{', '{\n  "constructor": { "prototype": { "polluted": true } },'),
    errors: [{ path: '$.constructor', message: unknownKey('constructor') }],
  },
  {
    name: 'a field the model does not know',
    text: edited((d) => { put(d.goals[1]!, 'priority', 'hoog'); }),
    errors: [{ path: '$.goals[1].priority', message: unknownKey('priority') }],
  },
];

describe('parsePlanText on malformed files', () => {
  it('has at least 15 hand-written malformed cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(CASES.map((c) => [c.name, c]))('%s: gives the specific Dutch error at the right path', (_name, c) => {
    const text = c.text();
    expect(errorsOf(parsePlanText(text))).toEqual(c.errors);
  });

  it.each(CASES.map((c) => [c.name, c]))('%s: leaves the parsed input unchanged', (_name, c) => {
    let value: unknown;
    try {
      value = JSON.parse(c.text());
    } catch {
      return; // not JSON: there is no value to change, and parsePlanText only reads the string
    }
    const before = structuredClone(value);
    deepFreeze(value);
    const result = parsePlan(value);
    expect(errorsOf(result)).toEqual(c.errors);
    expect(value).toEqual(before);
  });

  it('does not pollute Object.prototype through __proto__ keys', () => {
    parsePlanText(completeText().replace('{', '{"__proto__": {"polluted": "ja"},'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports every missing section of a file that holds only the title', () => {
    const errors = errorsOf(parsePlanText(readMalformed('missing-sections.json')));
    const present = ['schemaVersion', 'id', 'version', 'status', 'phase', 'familyName'];
    // The file is of the current version, so no migration step fills anything in.
    const missing = Object.keys(planSchema.shape).filter((k) => !present.includes(k));
    expect(errors).toEqual(missing.map((k) => ({ path: `$.${k}`, message: MISSING })));
  });

  it('is fast and does not echo 8 MB back in its messages', () => {
    const text = edited((d) => { d.genogramNote = 'a'.repeat(EIGHT_MB); d.familyName = 'c'.repeat(EIGHT_MB); })();
    const started = Date.now();
    const errors = errorsOf(parsePlanText(text));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(JSON.stringify(errors).length).toBeLessThan(500);
  });
});

describe('parsePlan on valid files', () => {
  it('accepts the fixtures and the empty plan', () => {
    for (const plan of [completePlan(), firstDraftPlan(), createEmptyPlan('nieuw-plan')]) {
      expect(parsePlan(JSON.parse(serializePlan(plan)))).toEqual({ ok: true, plan });
    }
  });

  it('returns a plan that shares nothing with the input', () => {
    const input = completeJson();
    const result = parsePlan(input);
    if (!result.ok) throw new Error('complete plan must parse');
    result.plan.directPersons[0]!.name = 'Gewijzigd';
    result.plan.agreements[0]!.who.push('p-bram');
    expect(input.directPersons[0]!.name).toBe('Sanne Bakker');
    expect(input.agreements[0]!.who).toEqual(['d-sanne', 'd-emre']);
  });

  it('accepts a file saved with a byte order mark', () => {
    expect(parsePlanText(`\uFEFF${completeText()}`)).toEqual({ ok: true, plan: completePlan() });
  });
});

describe('serializePlan', () => {
  it('is byte-stable across save, load and save', () => {
    const first = serializePlan(completePlan());
    const reloaded = parsePlanText(first);
    if (!reloaded.ok) throw new Error('must parse');
    expect(serializePlan(reloaded.plan)).toBe(first);
  });

  it('does not depend on the order of keys in memory', () => {
    const plan = completePlan();
    const reversed = Object.fromEntries(Object.entries(plan).reverse()) as Plan;
    reversed.directPersons = plan.directPersons.map((p) => Object.fromEntries(Object.entries(p).reverse()) as Plan['directPersons'][number]);
    expect(serializePlan(reversed)).toBe(serializePlan(plan));
  });

  it('writes sorted keys, ISO dates, two-space indent and a final newline', () => {
    const text = serializePlan(completePlan());
    const topKeys = [...text.matchAll(/^ {2}"([A-Za-z]+)":/gm)].map((m) => m[1]!);
    expect(topKeys).toEqual([...topKeys].sort());
    expect(topKeys).toHaveLength(Object.keys(planSchema.shape).length);
    expect(text).toContain('"madeOn": "2026-11-18"');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "agreements": [')).toBe(true);
  });

  it('does not change the plan it writes', () => {
    const plan = deepFreeze(completePlan());
    expect(() => serializePlan(plan)).not.toThrow();
  });
});

/** What the 2 -> 3 step makes of the pre-v3 Bakker-Yilmaz plan (the v1 prototype and the v2 file hold the same one). */
/** What the step to version 4 gives a plan: no referral or crisis data, blank analysis questions, unknown perspectives. */
function v3ToV4Expected(plan: Plan): Partial<Plan> {
  const unknown = <T extends { perspective: unknown }>(items: T[]) => items.map((i) => ({ ...i, perspective: null }));
  return {
    ...(migrateCrisisAndAnalysis({}) as Partial<Plan>),
    concernFacts: unknown(plan.concernFacts), dangerStatements: unknown(plan.dangerStatements), strengths: unknown(plan.strengths),
  };
}

/**
 * Version 5 (migrateIntegrity): what a file written before version 5 holds of what the complete plan gained then. Mila's
 * "9 jaar" could not be read as a date and is kept, flagged; the family's agreement, Daan's own words and the rest were
 * never asked.
 */
function v4ToV5Expected(plan: Plan): Partial<Plan> {
  return {
    familyAgreement: [], familyAgreementReason: '', childWhatHappenedWords: '', largeRelapseInformIds: [], noInformalNetworkReason: '',
    directPersons: plan.directPersons.map((p) => (p.id === 'd-mila' ? { ...p, birthDate: null, birthDateUnread: '9 jaar' } : p)),
  };
}

const V2_TO_V3_EXPECTED: Partial<Plan> = {
  // Safety persons keep who they were and are for every child; the four qualities were never asked, so they start unticked.
  safetyPersons: ['s-ria', 's-joke'].map((personId, i) => ({
    id: `safety-person-${i + 1}`, personId, childIds: ['d-mila', 'd-daan'], wellInformed: false, easyToReach: false, regularContact: false, willingToAct: false,
  })),
  removedConditions: [{
    id: 'rc-1', change: 'removed', text: 'Vader verblijft niet in de gezinswoning.', source: 'Rapport Veilig Thuis, 31 oktober 2026', newKind: null, newText: '',
    reason: 'In overleg met Veilig Thuis vervangen door afspraken over begeleide bezoeken, omdat vader de training heeft afgerond.',
    // 4 -> 5: a condition's record; who made the change and when were never asked.
    subject: 'condition', subjectId: null, actionWhen: '', newActionWhen: '', professionalId: null, date: null,
  }],
  // 3 -> 4: every recipient gets the whole plan ("Volledig plan" said no more), no withdrawal and no shares on record.
  copyRecipients: completePlan().copyRecipients.map((r) => ({ ...r, consentById: null, receivesNote: '', consentWithdrawnOn: null })),
  copyShares: [],
  informing: completePlan().informing.filter((i) => i.id !== 'i-2' && i.id !== 'i-3'),
  // Version 4 (migrateLifecycle): the safety of each agreement was never asked, there is no incident log, and a review has no signal plan.
  agreements: completePlan().agreements.map((a) => ({ ...a, safety: null })),
  evaluations: completePlan().evaluations.map((e) => ({
    ...e, agreementReviews: e.agreementReviews.map((r) => ({ ...r, relapse: null, actedByIds: [], informedIds: [], actionTaken: '' })),
    scores: e.scores.map((sc) => ({ ...sc, why: '', situation: '' })), conditionsReview: '',
  })),
  incidents: [],
};

describe('migrations', () => {
  it('every schema version this build migrates is one the local plan list can summarise (src/adapters/local/summary.ts)', () => {
    const stored = { revision: '1', savedAt: '2026-11-24T10:00:00.000Z' };
    for (let version = 1; version <= CURRENT_SCHEMA_VERSION; version += 1) {
      const value = version === 1 ? v1PrototypeJson() : { ...completePlan(), schemaVersion: version };
      expect({ version, listed: summaryOfStoredPlan('p', value, stored) !== null }).toEqual({ version, listed: true });
    }
  });

  it('reads a schemaVersion 2 file as version 3: safety persons, condition records and who gave consent', () => {
    const input = structuredClone(v2CompleteJson) as unknown;
    const before = structuredClone(input);
    const result = parsePlan(deepFreeze(input));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.plan).toEqual({ ...completePlan(), ...V2_TO_V3_EXPECTED, ...v3ToV4Expected(completePlan()), ...v4ToV5Expected(completePlan()) });
    expect(input).toEqual(before);
  });

  it('migrates a v2 file whose safety-person and copy lists are missing or odd without inventing data', () => {
    const input = { ...(structuredClone(v2CompleteJson) as Record<string, unknown>) };
    delete input.safetyPersonIds;
    input.directPersons = [];
    const result = parsePlan(input);
    // Without children, the migrated safety person list is simply empty; the people the plan refers to are gone, so references fail loudly.
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.some((e) => e.path === '$.safetyPersons')).toBe(false);
  });

  it('reads a schemaVersion 1 prototype file as the current version', () => {
    const input = v1PrototypeJson();
    const before = structuredClone(input);
    const result = parsePlan(deepFreeze(input));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const complete = completePlan();
    expect(result.plan).toEqual({
      ...complete,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: 'fixture-prototype-v1',
      version: 1,
      status: 'draft',
      phase: 'acute',
      familyName: 'Bakker-Yilmaz',
      childSafetyPersonWords: '',
      childWhenUnsafeWords: '',
      childWherePlanWords: '',
      childAgreementsWords: '',
      evaluationEvent: null,
      networkMeetings: complete.networkMeetings.map((m) => ({ ...m, event: null })),
      ...V2_TO_V3_EXPECTED,
      evaluations: [],
      ...v3ToV4Expected(complete),
      ...v4ToV5Expected(complete),
    });
    expect(input).toEqual(before);
  });

  it('gives a v1 file without a family an empty family name, which the check then flags', () => {
    const input = v1PrototypeJson() as Json;
    delete input.family;
    const result = parsePlan(input);
    expect(result.ok && result.plan.familyName).toBe('');
  });

  it('reports errors in a v1 file at the paths of the current model', () => {
    const input = v1PrototypeJson() as Json;
    input.madeOn = '2026-13-01';
    expect(errorsOf(parsePlan(input))).toEqual([{ path: '$.madeOn', message: DATE_MESSAGE }]);
  });

  it.each([[0], [-1], [1.5], [null]])('refuses schemaVersion %p', (version) => {
    expect(errorsOf(parsePlan({ ...completeJson(), schemaVersion: version }))[0]?.path).toBe('$.schemaVersion');
  });
});
