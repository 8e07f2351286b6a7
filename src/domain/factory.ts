import { CURRENT_SCHEMA_VERSION } from './plan';
import type { Plan } from './plan';

/** A fresh random id. Uses Web Crypto, present in browsers and Node 20. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** The plan a new, untouched form holds. */
export function createEmptyPlan(id: string = newId()): Plan {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    version: 1,
    status: 'draft',
    phase: 'acute',
    familyName: '',
    directPersons: [],
    socialNetwork: [],
    professionals: [],
    genogramNote: '',
    madeOn: null,
    validFrom: null,
    validUntil: null,
    concernFacts: [],
    complicatingFactors: [],
    dangerStatements: [],
    strengths: [],
    exceptions: [],
    protectiveActions: [],
    goals: [],
    removedConditions: [],
    agreements: [],
    safetyPersons: [],
    circumstances: [],
    monitoring: [],
    smallRelapse: '',
    largeRelapse: '',
    informAuthorityWhen: '',
    safetyDirectorId: null,
    informing: [],
    homeLocation: '',
    childSignal: '',
    childSignalResponse: '',
    copyRecipients: [],
    copiesSentById: null,
    copyShares: [],
    evaluationDate: null,
    evaluationPlace: '',
    evaluationAttendeeIds: [],
    evaluationInitiatorId: null,
    evaluationEvent: null,
    childSafetyPersonWords: '',
    childWhenUnsafeWords: '',
    childWherePlanWords: '',
    childAgreementsWords: '',
    networkMeetings: [],
    evaluations: [],
  };
}
