// First: zod must be jitless before any schema below is built (zodConfig.ts: the app's CSP forbids eval).
import './zodConfig';
import { z } from 'zod';
import { LIST_LIMIT, maxLengthOf } from './limits';

/**
 * The plan model: every field of the veiligheidsplan template (seed 004) plus the analysis,
 * the meetings and the evaluations. Types are inferred from the zod schema so that the
 * schema is the one definition of what a valid plan file is.
 */

export const CURRENT_SCHEMA_VERSION = 5;

/**
 * Limits keep a single field from blowing up storage, Word and the UI. The numbers live in limits.ts, which the
 * editor reads too: a single-line field (`text`) holds a short text, a multi-line one (`textarea`) a long text.
 */
export const MAX_SHORT_TEXT = maxLengthOf('text');
export const MAX_LONG_TEXT = maxLengthOf('textarea');
export const MAX_LIST_ITEMS = LIST_LIMIT;
export { COUNTER_FROM, LIST_LIMIT, TEXT_LIMITS, cleanInput, fitToLimit, limitState, maxLengthOf, pasteText } from './limits';
export type { Cleaned, Fitted, LimitState, PasteResult, TextKind, TextSelection } from './limits';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999, which would refuse e.g. 0050-01-01.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'date' });
const optionalDate = isoDateSchema.nullable();
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'id' });
const shortText = z.string().max(MAX_SHORT_TEXT);
const longText = z.string().max(MAX_LONG_TEXT);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST_ITEMS);
const personRefs = list(idSchema);

export const textItemSchema = z.strictObject({ id: idSchema, text: longText });

/**
 * Whose view an item of the joint analysis is (seeds 001, 003: each brings their own perspective, and the views are put
 * side by side): the family's, the informal network's, a professional's, or a child's own (schema version 5: seed 001's
 * Three Houses put the child's view beside the adults'). Null while nobody said.
 */
export const perspectiveSchema = z.enum(['family', 'network', 'professional', 'child']);
/** A concern, danger statement or strength, with whose view it is (schema version 4). */
export const analysisItemSchema = z.strictObject({ id: idSchema, text: longText, perspective: perspectiveSchema.nullable() });

/** The standard plan, or the crisis variant (seed 002): a referral with bottom lines, a neutral facilitator, a conference. */
export const planVariantSchema = z.enum(['standard', 'crisis']);

/**
 * A bottom line ("bodemeis", seed 002), agreed at the referral with the referrer: a safety requirement, and the point at
 * which action is taken if the agreements of the plan are not kept.
 */
export const bottomLineSchema = z.strictObject({ id: idSchema, requirement: longText, actionWhen: longText });

/** Seed 003's decision after the joint analysis: acute unsafety, structural unsafety, or a risk of it in the future. */
export const safetyDecisionSchema = z.enum(['acute', 'structural', 'futureRisk']);

/** The Three Houses (seed 001) of one child: worries, good things and dreams, in the child's own words. */
export const threeHousesSchema = z.strictObject({
  id: idSchema,
  childId: idSchema.nullable(),
  worries: longText,
  goodThings: longText,
  dreams: longText,
});

export const directPersonSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  contact: shortText,
  /**
   * The date of birth (schema version 5): the consent rules of youth care follow the age it gives. Before version 5 this was a
   * free text ("birthDateOrAge"); the migration reads what it can as a date.
   */
  birthDate: optionalDate,
  /** What the old free text said when it could not be read as a date (for example "9 jaar"): kept, and flagged by `birth-date`. */
  birthDateUnread: shortText,
  isChild: z.boolean(),
  present: z.boolean(),
  /**
   * Why this person, present when the plan was made, gets no talk of section 7 (schema version 5). A child who was there still
   * needs to be told, in their own words, what was agreed; only a recorded reason replaces that.
   */
  noInformingReason: longText.optional(),
  /**
   * Kept for files written before schema version 3. The quality check no longer reads it: every directly involved
   * person who was absent must be informed (section 7), whatever this flag says.
   */
  mustBeInformed: z.boolean(),
});

export const socialPersonSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  relation: shortText,
  phone: shortText,
  address: shortText,
  participates: z.boolean(),
  wantsChildrenWell: z.boolean(),
  willingToThinkAlong: z.boolean(),
  consentOfDirect: z.boolean(),
});

export const professionalSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  phone: shortText,
  email: shortText,
  organisation: shortText,
  role: shortText,
  workingDays: shortText,
  present: z.boolean(),
});

/**
 * condition: a safety condition set by the authority (not negotiable); family: a goal the family sets itself;
 * joint: one shared goal in which a condition and the family's goal coincide (seed 004 prefers this). A joint goal
 * carries a condition, so it is protected like one.
 */
export const goalKindSchema = z.enum(['condition', 'family', 'joint']);
export const goalSchema = z.strictObject({
  id: idSchema,
  text: longText,
  kind: goalKindSchema.nullable(),
  source: shortText,
});

/** What happened to a safety condition: it was removed, or its kind or text was changed. */
export const conditionChangeSchema = z.enum(['removed', 'changed']);
/** What a history record is about (schema version 5): a safety condition of section 3, or a bottom line of the crisis referral. */
export const historySubjectSchema = z.enum(['condition', 'bottomLine']);

/**
 * The record of a safety condition that was removed or changed. Conditions are not negotiable, so neither happens
 * without a reason. `text`, `source` are the condition as it was; `newKind`/`newText` what it became (a change only).
 */
export const removedConditionSchema = z.strictObject({
  id: idSchema,
  text: longText,
  source: shortText,
  reason: longText,
  change: conditionChangeSchema,
  newKind: goalKindSchema.nullable(),
  newText: longText,
  /**
   * Schema version 5: the history also holds the bottom lines (seed 002), which are as non-negotiable as conditions. For a
   * bottom line `text`/`newText` are its requirement, `actionWhen`/`newActionWhen` the point at which action is taken.
   * `professionalId` is the professional who made the change, `date` the day; both null for records written before version 5.
   * The list is append-only (history.ts): no path removes a record or rewrites what it says.
   */
  subject: historySubjectSchema,
  subjectId: idSchema.nullable(),
  actionWhen: longText,
  newActionWhen: longText,
  professionalId: idSchema.nullable(),
  date: optionalDate,
});

/**
 * Which safety an agreement serves (seeds 000, 003): acute safety first (what must stop now), then stable safety (what
 * keeps it safe for good). Null until it is chosen (agreements written before schema version 4).
 */
export const agreementSafetySchema = z.enum(['acute', 'stable']);

export const agreementSchema = z.strictObject({
  id: idSchema,
  goalId: idSchema.nullable(),
  who: personRefs,
  what: longText,
  when: shortText,
  /** Optional in the type only (like `consentById`): files from version 4 on always carry it, code written before may omit it. */
  safety: agreementSafetySchema.nullable().optional(),
});

/**
 * A safety person (seed 004, section 4 and its footnote): someone from the child's social or professional network, for
 * the children named, with the four qualities the footnote asks for.
 */
export const safetyPersonSchema = z.strictObject({
  id: idSchema,
  personId: idSchema.nullable(),
  childIds: personRefs,
  /** Knows the situation and the plan well. */
  wellInformed: z.boolean(),
  /** The child can reach them easily when feeling unsafe or with questions. */
  easyToReach: z.boolean(),
  /** Sees or speaks the child regularly and asks how it is going. */
  regularContact: z.boolean(),
  /** Willing to act on the plan (for example tell the parents and the authority) when there are serious worries. */
  willingToAct: z.boolean(),
});

export const circumstanceSchema = z.strictObject({
  id: idSchema,
  description: longText,
  agreement: longText,
});

export const monitorItemSchema = z.strictObject({
  id: idSchema,
  who: personRefs,
  watches: longText,
  /** The agreements this check watches (schema version 5), so that no one is the only check on their own agreement. */
  agreementIds: personRefs.optional(),
});

export const informItemSchema = z.strictObject({
  id: idSchema,
  personId: idSchema.nullable(),
  byWhom: personRefs,
  when: shortText,
  how: longText,
});

/** The sections of the plan (1-9), for a copy of some sections only. */
export const planSectionNumberSchema = z.number().int().min(1).max(9);

/**
 * What one recipient of section 8 gets (schema version 4): the whole plan, the personal overview of one person of the
 * plan ("Mijn afspraken"), the children's book of one child, or a chosen set of sections. `personId` null means the
 * recipient themselves, when they are in the plan; `childId` null means the plan's only child (domain/copies.ts).
 */
export const copyChoiceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('plan') }),
  z.strictObject({ kind: z.literal('overview'), personId: idSchema.nullable() }),
  z.strictObject({ kind: z.literal('childBook'), childId: idSchema.nullable() }),
  z.strictObject({ kind: z.literal('sections'), sections: z.array(planSectionNumberSchema).max(9) }),
]);

export const copyRecipientSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  email: shortText,
  receives: copyChoiceSchema,
  /** A free note on the copy; the migration keeps here what the free-text "receives" said before version 4. */
  receivesNote: shortText,
  consentGiven: z.boolean(),
  consentDate: optionalDate,
  /**
   * The directly involved person who gave the consent (schema version 3; the migration writes null, the quality check
   * requires it). Optional in the type only, so plans built by hand in code written before version 3 still compile.
   */
  consentById: idSchema.nullable().optional(),
  /**
   * Others who consented too (schema version 5). Youth care's age rules can ask for more than one person: a young person of
   * 12 to 15 and their parents both (rulesDuties.ts, `consent-age`).
   */
  consentAlsoByIds: personRefs.optional(),
  /** When consent was last withdrawn (schema version 4), kept after consent is given again, as the plan's record of it. */
  consentWithdrawnOn: optionalDate.optional(),
});

/** Why a shared copy's access was taken away. */
export const revokeReasonSchema = z.enum(['consentWithdrawn', 'recipientRemoved', 'addressChanged']);

/**
 * One copy shared in tenant mode (schema version 4): its own file in the plan's folder, read access for one recipient
 * through driveItem permissions. Kept so the access can be revoked later; `revokedOn` records that it was.
 */
export const copyShareSchema = z.strictObject({
  id: idSchema,
  recipientId: idSchema,
  /** The address the permission was granted to (consent covers one address). */
  email: shortText,
  what: copyChoiceSchema,
  sharedOn: isoDateSchema,
  /** SharePoint's driveItem id of the copy's file. */
  fileItemId: z.string().min(1).max(200),
  permissionIds: z.array(z.string().min(1).max(500)).max(20),
  revokedOn: optionalDate,
  revokedBecause: revokeReasonSchema.nullable(),
});

export const calendarEventRefSchema = z.strictObject({
  /** Graph's id of the event in the organiser's mailbox: only the organiser can address the event with it. */
  eventId: z.string().max(1000),
  joinUrl: z.string().max(2000),
  transactionId: z.string().max(200),
  // Optional, so references stored before the organiser was recorded still parse (no schema version bump needed).
  /** The organiser's e-mail address as Graph returns it (primary SMTP address). */
  organizerEmail: z.string().max(320).optional(),
  /** The organiser's display name, shown to colleagues who cannot move or cancel the meeting. */
  organizerName: z.string().max(MAX_SHORT_TEXT).optional(),
  /** The event's id across calendars (the same in every attendee's copy). */
  iCalUId: z.string().max(2000).optional(),
});

/** The points of a netwerkberaad's agenda (seeds 000, 002), in order (domain live.ts `NETWERKBERAAD_AGENDA`). */
export const agendaStepSchema = z.enum(['welcome', 'analysis', 'goals', 'agreements', 'signalPlan', 'informing', 'copies', 'evaluation']);

export const networkMeetingSchema = z.strictObject({
  id: idSchema,
  date: optionalDate,
  attendeeIds: personRefs,
  notes: longText,
  event: calendarEventRefSchema.nullable(),
  /**
   * The agenda step a live session of this meeting reached when it was last saved, so a crisis conference of 2 or 3
   * sessions goes on where the last one stopped (seed 002). Optional, so meetings stored before it parse unchanged (no
   * schema version bump, like the calendar reference's later fields).
   */
  agendaStep: agendaStepSchema.nullable().optional(),
});

export const agreementOutcomeSchema = z.enum(['yes', 'partly', 'no']);
export const evaluationDecisionSchema = z.enum(['extend', 'adjust', 'close']);
export const audienceSchema = z.enum(['professional', 'parent', 'child']);

export const scoreSchema = z.strictObject({
  personId: idSchema,
  audience: audienceSchema,
  score: z.number().int().min(0).max(10),
  /** Seed 004 §9 (schema version 5): why this number, and in which situation safety grew or shrank. */
  why: longText.optional(),
  situation: longText.optional(),
});

/** How serious a broken agreement was, in the terms of the signal plan (seed 004, section 6). */
export const relapseSchema = z.enum(['small', 'large']);

export const agreementReviewSchema = z.strictObject({
  agreementId: idSchema,
  outcome: agreementOutcomeSchema.nullable(),
  notes: longText,
  /**
   * An agreement not kept (outcome `no`) opens the signal plan: small or large relapse, who acted, who was informed and
   * what was done (schema version 4). Empty for an agreement that was kept. Optional in the type only, like `consentById`.
   */
  relapse: relapseSchema.nullable().optional(),
  actedByIds: personRefs.optional(),
  informedIds: personRefs.optional(),
  actionTaken: longText.optional(),
});

export const childVoiceSchema = z.strictObject({
  childId: idSchema,
  worries: longText,
  feelsSafeWhen: longText,
  score: z.number().int().min(0).max(10).nullable(),
});

/** The words at both ends of a scaling question (0 and 10), as the facilitator phrased them for one audience. */
export const scaleEndsSchema = z.strictObject({ low: shortText, high: shortText });
/** Optional per-audience wording; an audience without one uses the default wording (domain/evaluation.ts). */
export const scaleLabelsSchema = z.strictObject({
  professional: scaleEndsSchema.optional(),
  parent: scaleEndsSchema.optional(),
  child: scaleEndsSchema.optional(),
});

export const evaluationSchema = z.strictObject({
  id: idSchema,
  date: optionalDate,
  attendeeIds: personRefs,
  scores: list(scoreSchema),
  agreementReviews: list(agreementReviewSchema),
  childVoices: list(childVoiceSchema),
  wentWell: longText,
  hard: longText,
  decision: evaluationDecisionSchema.nullable(),
  planVersion: z.number().int().min(1),
  /** Schema version 5: why no one gave a score, when that is so; a decision without scores needs it. */
  noScoresReason: longText.optional(),
  /** Schema version 5: what this evaluation concluded about the safety conditions and bottom lines (they are reviewed every time). */
  conditionsReview: longText.optional(),
  // Optional so that plan files written before scale wording existed still parse unchanged.
  scaleLabels: scaleLabelsSchema.optional(),
});

/** One entry of the incident log: something that happened while the plan was in force, and what was done. */
export const incidentSchema = z.strictObject({
  id: idSchema,
  date: optionalDate,
  what: longText,
  actedByIds: personRefs,
  informedIds: personRefs,
  relapse: relapseSchema.nullable(),
});

/**
 * How a plan ends (seed 004, section 6: "Kan het plan nog worden bijgesteld? Moeten andere stappen genomen worden?").
 * safe-enough: closed because it is safe enough. The others say the plan did not work: the case goes back to the
 * authority, a report (melding) is made, or the child-protection board is asked to investigate.
 */
export const closureOutcomeSchema = z.enum(['safe-enough', 'back-to-authority', 'report', 'protection-inquiry']);
export const closureSchema = z.strictObject({
  outcome: closureOutcomeSchema,
  reason: longText,
  date: isoDateSchema,
  /**
   * Schema version 5: closing as safe enough while an agreement is broken or the scores say otherwise needs a professional's
   * reason (`closure-safe-enough`). Empty when the findings did not ask for it.
   */
  despiteReason: longText.optional(),
  despiteById: idSchema.nullable().optional(),
});

/** How an adult family member gave their view on the plan (seed 002: the plan becomes the family's own). */
export const agreementGivenSchema = z.enum(['meeting', 'paper', 'phone']);
export const familyStanceSchema = z.enum(['agrees', 'disagrees']);
/**
 * One adult family member's agreement with the plan, or disagreement in their own words (schema version 5), with the day
 * and how it was given.
 */
export const familyAgreementSchema = z.strictObject({
  id: idSchema,
  personId: idSchema.nullable(),
  stance: familyStanceSchema.nullable(),
  words: longText,
  date: optionalDate,
  how: agreementGivenSchema.nullable(),
});

export const planStatusSchema = z.enum(['draft', 'active', 'evaluated', 'closed']);
export const planPhaseSchema = z.enum(['acute', 'stable']);

export const planSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: idSchema,
  version: z.number().int().min(1),
  status: planStatusSchema,
  phase: planPhaseSchema,
  familyName: shortText,
  // Referral and the crisis variant (seed 002; schema version 4)
  variant: planVariantSchema,
  referralDate: optionalDate,
  referrer: shortText,
  bottomLines: list(bottomLineSchema),
  facilitatorId: idSchema.nullable(),
  handOverDate: optionalDate,
  handOverToIds: personRefs,
  handOverNotes: longText,
  // Section 1
  directPersons: list(directPersonSchema),
  socialNetwork: list(socialPersonSchema),
  professionals: list(professionalSchema),
  genogramNote: longText,
  /** Why the plan has no informal network, when it has none (schema version 5; seed 000: the network is who makes the plan). */
  noInformalNetworkReason: longText,
  // Section 2
  madeOn: optionalDate,
  validFrom: optionalDate,
  validUntil: optionalDate,
  // Analysis
  concernFacts: list(analysisItemSchema),
  complicatingFactors: list(textItemSchema),
  dangerStatements: list(analysisItemSchema),
  strengths: list(analysisItemSchema),
  exceptions: list(textItemSchema),
  protectiveActions: list(textItemSchema),
  // The joint analysis (seeds 001, 003; schema version 4)
  violencePhysicalAbuse: longText,
  violencePsychologicalAbuse: longText,
  violencePhysicalNeglect: longText,
  violencePsychologicalNeglect: longText,
  violenceSexualAbuse: longText,
  earlierViolence: longText,
  earlierDecisions: longText,
  safetyDecision: safetyDecisionSchema.nullable(),
  authorityConsulted: z.boolean(),
  authorityConsultedOn: optionalDate,
  threeHouses: list(threeHousesSchema),
  caseDirectorId: idSchema.nullable(),
  professionalAgreements: longText,
  // Section 3
  goals: list(goalSchema),
  removedConditions: list(removedConditionSchema),
  // Section 4
  agreements: list(agreementSchema),
  safetyPersons: list(safetyPersonSchema),
  // Section 5
  circumstances: list(circumstanceSchema),
  // Section 6
  monitoring: list(monitorItemSchema),
  smallRelapse: longText,
  largeRelapse: longText,
  informAuthorityWhen: longText,
  safetyDirectorId: idSchema.nullable(),
  /** Who is told at a large relapse (schema version 5): a large relapse always informs someone. */
  largeRelapseInformIds: personRefs,
  // Section 7
  informing: list(informItemSchema),
  // Section 8
  homeLocation: longText,
  childSignal: longText,
  childSignalResponse: longText,
  copyRecipients: list(copyRecipientSchema),
  copiesSentById: idSchema.nullable(),
  /** Copies shared in tenant mode (schema version 4): what lets their access be revoked later. */
  copyShares: list(copyShareSchema),
  // Section 9
  evaluationDate: optionalDate,
  evaluationPlace: longText,
  evaluationAttendeeIds: personRefs,
  evaluationInitiatorId: idSchema.nullable(),
  evaluationEvent: calendarEventRefSchema.nullable(),
  // Child version, in the child's words
  childSafetyPersonWords: longText,
  childWhenUnsafeWords: longText,
  childWherePlanWords: longText,
  childAgreementsWords: longText,
  /**
   * What happened, told for the child (schema version 5). The child's book tells it in these words, never in the adults'
   * concern facts (`child-book-safe`).
   */
  childWhatHappenedWords: longText,
  // The family's agreement (schema version 5; seeds 002, 003): each adult family member's yes or no, or why it is missing.
  familyAgreement: list(familyAgreementSchema),
  familyAgreementReason: longText,
  // History
  networkMeetings: list(networkMeetingSchema),
  evaluations: list(evaluationSchema),
  // Lifecycle (schema version 4)
  /** The incident log kept while the plan is in force; the next evaluation shows the incidents since the last one. */
  incidents: list(incidentSchema),
  /** How the plan ended; null while it has not been closed. */
  closure: closureSchema.nullable(),
  /** For an adjusted version being prepared ("bijstellen"): the id of the plan in force that it will replace. */
  revisionOf: idSchema.nullable(),
});

export type Plan = z.infer<typeof planSchema>;
export type PlanStatus = z.infer<typeof planStatusSchema>;
export type PlanPhase = z.infer<typeof planPhaseSchema>;
export type TextItem = z.infer<typeof textItemSchema>;
export type AnalysisItem = z.infer<typeof analysisItemSchema>;
export type Perspective = z.infer<typeof perspectiveSchema>;
export type PlanVariant = z.infer<typeof planVariantSchema>;
export type BottomLine = z.infer<typeof bottomLineSchema>;
export type SafetyDecision = z.infer<typeof safetyDecisionSchema>;
export type ThreeHouses = z.infer<typeof threeHousesSchema>;
export type DirectPerson = z.infer<typeof directPersonSchema>;
export type SocialPerson = z.infer<typeof socialPersonSchema>;
export type Professional = z.infer<typeof professionalSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type GoalKind = z.infer<typeof goalKindSchema>;
export type RemovedCondition = z.infer<typeof removedConditionSchema>;
export type ConditionChange = z.infer<typeof conditionChangeSchema>;
export type SafetyPerson = z.infer<typeof safetyPersonSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type Circumstance = z.infer<typeof circumstanceSchema>;
export type MonitorItem = z.infer<typeof monitorItemSchema>;
export type InformItem = z.infer<typeof informItemSchema>;
export type CopyRecipient = z.infer<typeof copyRecipientSchema>;
export type CopyChoice = z.infer<typeof copyChoiceSchema>;
export type CopyShare = z.infer<typeof copyShareSchema>;
export type RevokeReason = z.infer<typeof revokeReasonSchema>;
export type CalendarEventRef = z.infer<typeof calendarEventRefSchema>;
export type NetworkMeeting = z.infer<typeof networkMeetingSchema>;
export type AgendaStep = z.infer<typeof agendaStepSchema>;
export type Evaluation = z.infer<typeof evaluationSchema>;
export type EvaluationDecision = z.infer<typeof evaluationDecisionSchema>;
export type AgreementOutcome = z.infer<typeof agreementOutcomeSchema>;
export type Audience = z.infer<typeof audienceSchema>;
export type Score = z.infer<typeof scoreSchema>;
export type AgreementReview = z.infer<typeof agreementReviewSchema>;
export type ChildVoice = z.infer<typeof childVoiceSchema>;
export type ScaleEnds = z.infer<typeof scaleEndsSchema>;
export type ScaleLabels = z.infer<typeof scaleLabelsSchema>;
export type AgreementSafety = z.infer<typeof agreementSafetySchema>;
export type Relapse = z.infer<typeof relapseSchema>;
export type Incident = z.infer<typeof incidentSchema>;
export type ClosureOutcome = z.infer<typeof closureOutcomeSchema>;
export type FamilyAgreement = z.infer<typeof familyAgreementSchema>;
export type FamilyStance = z.infer<typeof familyStanceSchema>;
export type AgreementGiven = z.infer<typeof agreementGivenSchema>;
export type HistorySubject = z.infer<typeof historySubjectSchema>;
export type Closure = z.infer<typeof closureSchema>;

/** Any person in the plan, whichever list of section 1 holds them. */
export type PersonGroup = 'direct' | 'social' | 'professional';
export interface PersonRef {
  id: string;
  name: string;
  group: PersonGroup;
}

export function allPeople(plan: Pick<Plan, 'directPersons' | 'socialNetwork' | 'professionals'>): PersonRef[] {
  return [
    ...plan.directPersons.map((p) => ({ id: p.id, name: p.name, group: 'direct' as const })),
    ...plan.socialNetwork.map((p) => ({ id: p.id, name: p.name, group: 'social' as const })),
    ...plan.professionals.map((p) => ({ id: p.id, name: p.name, group: 'professional' as const })),
  ];
}

export function children(plan: Plan): DirectPerson[] {
  return plan.directPersons.filter((p) => p.isChild);
}
