import type { PlanStatus } from './plan';

/**
 * Domain errors with stable codes. Adapters translate their failures into these;
 * the UI picks the Dutch or English message for the code from i18n.
 */
export type DomainErrorCode =
  | 'PLAN.CONFLICT'
  | 'PLAN.NOT_FOUND'
  | 'PLAN.INVALID'
  /**
   * The status gate (statusGate.ts): the plan is in force or closed, and the change is not one it allows. A plan in
   * force changes through Bijstellen or an evaluation decision; a closed plan never changes.
   */
  | 'PLAN.LOCKED'
  /** An evaluation decision without substance (evaluation.ts `decideEvaluation`): scores or why none, every agreement, the conditions. */
  | 'EVALUATION.NO_SUBSTANCE'
  | 'GRAPH.THROTTLED'
  | 'GRAPH.PERMISSION'
  | 'GRAPH.UNAUTHENTICATED'
  | 'GRAPH.SERVER'
  | 'NETWORK.OFFLINE'
  | 'SHARE.NO_CONSENT'
  | 'WORD.UNAVAILABLE'
  | 'WORD.NO_PLAN'
  | 'STORAGE.UNAVAILABLE'
  | 'STORAGE.FULL'
  | 'STORAGE.DAMAGED'
  /** Tenant mode without a place for plans: no team channel, and no site or library configured. */
  | 'STORAGE.NO_LOCATION'
  /**
   * SharePoint refused the plan's case (its private channel site) to the signed-in account: they are not on the case.
   * The message names no family.
   */
  | 'CASE.NO_ACCESS'
  /** The case channel's SharePoint site does not exist yet (Teams makes it when the channel's Files tab is opened). */
  | 'CASE.NOT_READY'
  /** A personal overview or a child's book was asked for someone who is not (or no longer) in the plan. */
  | 'EXPORT.NO_PERSON';

export class DomainError extends Error {
  constructor(readonly code: DomainErrorCode, message: string, readonly details: Readonly<Record<string, string>> = {}) {
    super(message);
    this.name = new.target.name;
  }
}

/** Someone else saved the plan since it was loaded. Carries their revision so the UI can offer a choice. */
export class ConflictError extends DomainError {
  constructor(readonly theirRevision: string | null = null) {
    super('PLAN.CONFLICT', 'The plan was changed elsewhere since it was loaded.');
  }
}

/** A change the status gate refuses (statusGate.ts `checkChange`); nothing was changed. */
export class PlanLockedError extends DomainError {
  constructor(readonly planStatus: PlanStatus, readonly keys: readonly string[] = []) {
    super('PLAN.LOCKED', `The plan is ${planStatus}: this change goes through Bijstellen or an evaluation decision.`, { planStatus });
  }
}

export class NotFoundError extends DomainError {
  constructor(what = 'plan') {
    super('PLAN.NOT_FOUND', `${what} not found`);
  }
}

export class ThrottledError extends DomainError {
  constructor(readonly retryAfterSeconds: number | null = null) {
    super('GRAPH.THROTTLED', 'Too many requests; try again later.');
  }
}

/** 401/403. `missingConsent` names the scope an admin must consent to, where known. */
export class PermissionError extends DomainError {
  constructor(readonly status: 401 | 403, readonly missingConsent: string | null = null) {
    super(status === 401 ? 'GRAPH.UNAUTHENTICATED' : 'GRAPH.PERMISSION', 'Not allowed.', missingConsent ? { scope: missingConsent } : {});
  }
}

export class ServerError extends DomainError {
  constructor(readonly status: number) {
    super('GRAPH.SERVER', `Server error ${status}`);
  }
}

export class OfflineError extends DomainError {
  constructor() {
    super('NETWORK.OFFLINE', 'No network connection.');
  }
}

export class ConsentError extends DomainError {
  constructor(readonly recipientId: string) {
    super('SHARE.NO_CONSENT', 'No recorded consent for this recipient.');
  }
}

/**
 * SharePoint refused the case's site or plan to this account (403 accessDenied, or 404 itemNotFound where it hides
 * that the item exists). Not a missing consent: the app held the scope, the person is just not on the case.
 */
export class CaseAccessError extends DomainError {
  constructor(readonly status: 403 | 404) {
    super('CASE.NO_ACCESS', 'Not a member of this case.');
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
