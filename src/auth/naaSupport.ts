import type { AuthHost } from './authHost';

/**
 * Whether the host offers nested app authentication (NAA), checked the documented way before MSAL's nestable
 * client is created:
 * - Teams: `nestedAppAuth.isNAAChannelRecommended()` from teams-js, valid only after `app.initialize()`
 *   (https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/authentication/nested-authentication).
 * - Office: `Office.context.requirements.isSetSupported('NestedAppAuth', '1.1')`, after `Office.onReady()`
 *   (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in).
 * Without it the app uses the standard MSAL client with a popup opened from a click (the documented fallback).
 */
export type NaaCheck = () => Promise<boolean>;

/** The slice of office.js read here; office.js may be absent (plain browser). */
export interface OfficeRequirementsLike {
  context?: { requirements?: { isSetSupported(name: string, minVersion?: string): boolean } };
}

export function officeSupportsNaa(office: OfficeRequirementsLike | undefined): boolean {
  try {
    return office?.context?.requirements?.isSetSupported('NestedAppAuth', '1.1') ?? false;
  } catch {
    return false;
  }
}

/** The slice of teams-js read here. */
export interface TeamsNaaLike {
  isNAAChannelRecommended(): boolean;
}

export function teamsRecommendsNaa(naa: TeamsNaaLike): boolean {
  try {
    return naa.isNAAChannelRecommended();
  } catch {
    // Throws when app.initialize() did not complete: then there is no Teams host to broker anything.
    return false;
  }
}

/** The check for a host. Side effect (Teams): loads the teams-js chunk, which the tab has loaded already. */
export function defaultNaaCheck(host: AuthHost): NaaCheck {
  if (host === 'teams') {
    return async () => teamsRecommendsNaa((await import(/* webpackChunkName: "teams-js" */ '@microsoft/teams-js')).nestedAppAuth);
  }
  if (host === 'word') return async () => officeSupportsNaa((globalThis as { Office?: OfficeRequirementsLike }).Office);
  return async () => false;
}
