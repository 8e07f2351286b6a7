/** The domain core's public surface: tools outside the UI call these. */
export { parsePlan, parsePlanText, serializePlan, toJsonPath } from './planFile';
export type { ParseError, ParseResult } from './planFile';
export { checkPlan, hasErrors, RULE_IDS, VALIDITY_WARNING_DAYS } from './rules';
export type { Finding, RuleId, Severity } from './rules';
export { createEmptyPlan, newId } from './factory';
export { activatePlan, canTransition } from './lifecycle';
export type { ActivationResult } from './lifecycle';
export { TEMPLATE, TITLE_PREFIX, SYSTEM_FIELDS, RETIRED_FORM_FIELDS, buildTemplate, isRetiredFormField, sectionById, sectionOfField, templateFields } from './template';
export * from './conditions';
export * from './organisation';
export type { CopyChoiceField, Field, GroupField, ScalarField, TextListField, Section, SectionPart, Text, Locale, PeopleFilter } from './template';
export * from './plan';
export * from './errors';
export * from './editing';
export { documentApplication, proposedFromDocument } from './documentApply';
export type { DocumentApplication } from './documentApply';
export { changedKeys, checkChange, editableFreely, fieldEditable, isInForce, recordsOnly } from './statusGate';
export type { GateRefusal, GateVerdict } from './statusGate';
export type { LockedEdit } from './planStatus';
export { sectionCompletion, sectionIdOfPath, topKeyOfPath } from './completion';
export { fieldLabelOfPath } from './fieldLabel';
export { deepEqual, mergePlans, valueAtMergePath } from './merge';
export type { MergePreference, MergeResult } from './merge';
export type { CompletionState, SectionCompletion } from './completion';
export { differingSections } from './compare';
export {
  DEFAULT_SCALE_ENDS, DECISION_LABELS, MAX_SCORE, MIN_SCORE, audienceOf, decideEvaluation, effectiveScores, evaluationsInOrder, hasScored,
  openEvaluation, participants, recordChildVoice, recordScore, reviewAgreement, scaleEnds, scoreHistory, setScaleEnds, startEvaluation,
  suggestedExtension, updateEvaluation, visibleScores,
  doubtsAboutSafeEnough,
} from './evaluation';
export type { ChildWords, DecisionInput, DecisionResult, Participant, ScorePoint, ScoreSeries, StartEvaluationResult, VisibleScores } from './evaluation';
export { changedAgreementIds, diffItems, diffPlans } from './versionDiff';
export type { ChangeKind, DiffItem, FieldChange, ItemChange, PlanDiff, SectionDiff } from './versionDiff';
export { REMINDER_WINDOW_DAYS, addDays, daysBetween, isoDay, reminderState } from './reminders';
export type { Reminder, ReminderKind, ReminderSource } from './reminders';
export { SUMMARY_TEXT_LIMIT, evaluationSummary, hasSummaryContent, shorten, summaryChanges, summaryDate } from './evaluationSummary';
export type { EvaluationSummary, SummaryChange, SummaryChanges, SummaryDecision, SummaryScore, SummarySubject } from './evaluationSummary';
export { isTeamsJoinUrl, safeJoinUrl } from './joinUrl';
export { overviewCandidates, personalOverview } from './personalOverview';
export type { OverviewCalls, OverviewContact, OverviewEvaluation, OverviewRole, OverviewSignal, OverviewTask, OverviewWatch, PersonalOverview } from './personalOverview';
export { childBook } from './childBook';
export type { BookAgreement, BookPerson, BookVoice, ChildBook } from './childBook';
export { activateRevision, historyIdOf, isRevision, startRevision } from './revision';
export type { RevisionActivationResult } from './revision';
export { CLOSURE_OUTCOMES, CLOSURE_OUTCOME_LABELS, closePlan, closureNeedsDespite, closureOutcomeText, closureRecord, planFailed } from './closure';
export { SAFE_ENOUGH_SCORE, evaluationGaps, hasNonNegotiables, safeEnoughDoubts } from './rulesIntegrity';
export type { EvaluationGap } from './rulesIntegrity';
export type { ClosureInput, ClosureResult } from './closure';
export { EMPTY_SIGNAL, emptyIncident, incidentsForEvaluation, isBroken, missingSignal, recordSignal, signalOf, signalPlanText } from './incidents';
export type { SignalRecord } from './incidents';
export { migrate, migrateLifecycle } from './migrations';
export { mayBeSafetyPerson, mayCarryPlan, peopleByFilter, peopleFor, withChosen } from './roles';
export { REFLECTION_QUESTIONS, reflectionOccasion, writtenAnswers } from './reflection';
export type { ReflectionAnswers, ReflectionOccasion, ReflectionQuestion } from './reflection';
export {
  ANALYSIS_LISTS, HOUSE_FEEDS, PERSPECTIVES, addConferenceSessions, bottomLinesBesideConditions, feedFromThreeHouses, houseText, isFed, sessionsToPlan,
  sideBySide,
} from './crisis';
export type { AnalysisList, FedHouse, SideBySideRow } from './crisis';
export { CRISIS_SESSIONS, conferenceTerm, planConferenceTerm, suggestSessionDates, withinConferenceTerm } from './scheduling';
export type { ConferenceTerm } from './scheduling';
export { PERSPECTIVE_OPTIONS, VIOLENCE_FORM_FIELDS } from './template';
export { hasReferral } from './rulesCrisis';
export * from './copies';
export * from './live';
export * from './caseAccess';
export * from './history';
export { ageOn, migrateBirthText, readBirthDate } from './birthDate';
export { migrateIntegrity } from './migrations';
