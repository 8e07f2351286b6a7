import { readSiteAccess } from '../config';
import type { SiteAccess } from '../config';

/**
 * The one table of delegated Microsoft Graph permissions tenant mode asks for, per capability.
 *
 * Every scope here was taken from Microsoft's permission map (`tests/fakes/graph/permissions.json`, a copy of
 * microsoftgraph/microsoft-graph-devx-content permissions/new/permissions.json), not from memory, and
 * tests/unit/permissions checks every request of every tenant flow against that map with only these scopes.
 * docs/tenant.md, both manifests and aad.manifest.json (the Entra app) are tested against this table.
 *
 * Incremental consent: a capability's scopes are requested the first time that capability is used, so a
 * missing consent for one feature (say the calendar) does not block the others. Least privilege: no
 * application permissions, no Mail.*, no Directory.*, no Sites.Manage.All (an admin creates library columns).
 */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

export type Capability = 'profile' | 'storage' | 'cases' | 'calendar' | 'people' | 'directory';

export interface CapabilityInfo {
  /** Delegated Graph scopes, short form (MSAL needs them prefixed with the Graph resource: see scopesFor). */
  scopes: readonly string[];
  /** Why the app needs it, in English; docs/tenant.md shows the same text. */
  purpose: string;
}

/** The order in which docs and manifests list the capabilities. */
export const CAPABILITY_ORDER: readonly Capability[] = ['profile', 'storage', 'cases', 'calendar', 'people', 'directory'];

/**
 * The table for a build. `siteAccess: 'selected'` swaps the storage scope for `Sites.Selected`: the app then
 * reaches only sites an admin granted it (POST /sites/{id}/permissions, see docs/tenant.md).
 */
export function capabilityTable(siteAccess: SiteAccess = 'all'): Readonly<Record<Capability, CapabilityInfo>> {
  return {
    profile: {
      scopes: ['User.Read'],
      purpose: 'Sign in; the signed-in user\'s own profile (GET /me).',
    },
    storage: {
      // Sites.ReadWrite.All grants the drive paths (plan.json, versions, .docx, invite), the plan list's listItem
      // fields, and finding the team's site by URL (GET /sites/{host}:/{path}); Files.ReadWrite.All does not grant
      // the last one. Sites.Selected: only on sites granted to the app.
      scopes: siteAccess === 'selected' ? ['Sites.Selected'] : ['Sites.ReadWrite.All'],
      purpose: siteAccess === 'selected'
        ? 'Plans in the one SharePoint site an admin granted to the app: list, open, save, versions, share the .docx.'
        : 'Plans in the team\'s SharePoint site: find the site, list, open, save, versions, plan list columns, share the .docx.',
    },
    cases: {
      // GET /me/joinedTeams: Team.ReadBasic.All (least). GET /teams/{id}/allChannels and a channel's summary (how many
      // people it has): Channel.ReadBasic.All (least). Neither needs admin consent in the map; reading who the members
      // are would (ChannelMember.Read.All), so the app does not (docs/tenant.md, "Need-to-know per case").
      scopes: ['Team.ReadBasic.All', 'Channel.ReadBasic.All'],
      purpose: 'The caseload: the teams and private case channels the user is a member of, and how many people a case channel has.',
    },
    calendar: {
      // POST /me/findMeetingTimes: Calendars.Read.Shared (least). Events on the user's own calendar: Calendars.ReadWrite.
      scopes: ['Calendars.ReadWrite', 'Calendars.Read.Shared'],
      purpose: 'Find a time when everyone is free; create, move and cancel the evaluation meeting the user organises.',
    },
    people: {
      scopes: ['People.Read'],
      purpose: 'Suggest the people the user works with when adding professionals.',
    },
    directory: {
      scopes: ['User.ReadBasic.All'],
      purpose: 'Find colleagues by name or mail in the organisation (GET /users?$search).',
    },
  };
}

/** This build's table: `VP_SITE_ACCESS` is fixed at build time, like the other VP_* settings. */
export const CAPABILITIES: Readonly<Record<Capability, CapabilityInfo>> = capabilityTable(readSiteAccess());

/** Short scope names per capability, for this build. */
export const CAPABILITY_SCOPES: Readonly<Record<Capability, readonly string[]>> = Object.fromEntries(
  CAPABILITY_ORDER.map((c) => [c, CAPABILITIES[c].scopes]),
) as Record<Capability, readonly string[]>;

/** Every scope of every capability, short form, without duplicates (for the manifests and the docs). */
export function allScopes(table: Readonly<Record<Capability, CapabilityInfo>> = CAPABILITIES): string[] {
  return [...new Set(CAPABILITY_ORDER.flatMap((c) => table[c].scopes))];
}

function asList(capabilities: Capability | readonly Capability[]): Capability[] {
  return [...new Set(typeof capabilities === 'string' ? [capabilities] : capabilities)];
}

/** The resource-qualified scopes MSAL asks for one capability (or several, e.g. a mixed $batch). */
export function scopesFor(capabilities: Capability | readonly Capability[], table: Readonly<Record<Capability, CapabilityInfo>> = CAPABILITIES): string[] {
  return [...new Set(asList(capabilities).flatMap((c) => table[c].scopes))].map((s) => `${GRAPH_RESOURCE}/${s}`);
}

/** Strips the Graph resource prefix: what an admin sees in the portal. */
export function shortScope(scope: string): string {
  return scope.startsWith(`${GRAPH_RESOURCE}/`) ? scope.slice(GRAPH_RESOURCE.length + 1) : scope;
}

/**
 * What a PermissionError names: the capability and the exact scopes it needs, e.g.
 * `calendar (Calendars.ReadWrite, Calendars.Read.Shared)`. Language-neutral: it sits inside the nl and en message.
 */
export function consentFor(capabilities: Capability | readonly Capability[], table: Readonly<Record<Capability, CapabilityInfo>> = CAPABILITIES): string {
  return asList(capabilities).map((c) => `${c} (${table[c].scopes.join(', ')})`).join('; ');
}

/** OpenID scopes are not resource scopes: a token request with only these returns no usable access token. */
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

/**
 * The scopes to request: the given ones without duplicates, and never an OIDC-only set. NAA (and MSAL in general)
 * fails or returns an ID-token-only result when no resource scope is asked for, so `User.Read` is added then.
 */
export function resourceScopes(scopes: readonly string[]): string[] {
  const unique = [...new Set(scopes.map((s) => s.trim()).filter((s) => s.length > 0))];
  const hasResource = unique.some((s) => !OIDC_SCOPES.has(s.toLowerCase()));
  return hasResource ? unique : [...unique, ...scopesFor('profile')];
}
