/**
 * The delegated Microsoft Graph permissions tenant mode asks for, and why. Least privilege: no
 * application permissions, no Mail.*, no Directory.*. docs/tenant.md lists the same table for admins.
 */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

export type Capability = 'profile' | 'storage' | 'calendar' | 'people' | 'directory';

/** Scope per capability, as Graph names them (short form; MSAL prefixes the Graph resource). */
export const CAPABILITY_SCOPES: Readonly<Record<Capability, string>> = {
  /** Sign-in and the user's own name and mail (login hint, organiser). */
  profile: 'User.Read',
  /** plan.json, versions and the .docx in the team's library; `invite` to share the .docx. */
  storage: 'Files.ReadWrite.All',
  /** findMeetingTimes and creating/updating/cancelling the user's own meetings. */
  calendar: 'Calendars.ReadWrite',
  /** The people the user works with, for picking professionals. */
  people: 'People.Read',
  /** /users?$search for colleagues not yet in /me/people; User.ReadBasic.All needs no admin consent. */
  directory: 'User.ReadBasic.All',
};

/** Every scope the app uses, requested together so the user (or admin) consents once. */
export const GRAPH_SCOPES: readonly string[] = Object.values(CAPABILITY_SCOPES).map((s) => `${GRAPH_RESOURCE}/${s}`);

/** OpenID scopes are not resource scopes: a token request with only these returns no usable access token. */
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

/**
 * The scopes to request: the given ones without duplicates, and never an OIDC-only set. NAA (and MSAL in general)
 * fails or returns an ID-token-only result when no resource scope is asked for, so `User.Read` is added then.
 */
export function resourceScopes(scopes: readonly string[]): string[] {
  const unique = [...new Set(scopes.map((s) => s.trim()).filter((s) => s.length > 0))];
  const hasResource = unique.some((s) => !OIDC_SCOPES.has(s.toLowerCase()));
  return hasResource ? unique : [...unique, `${GRAPH_RESOURCE}/${CAPABILITY_SCOPES.profile}`];
}

/** The consent an admin must grant for a capability, shown in the PermissionError message. */
export function consentFor(capability: Capability): string {
  return CAPABILITY_SCOPES[capability];
}
