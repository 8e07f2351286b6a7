/**
 * Which meeting join links the app shows as a link. A plan's `joinUrl` comes from Graph (`onlineMeeting.joinUrl`) when
 * the app schedules a meeting, but a plan file can be edited by anyone, and a stored plan by anyone with write access
 * to the library. A link in a plan about child safety that leads somewhere other than Teams is a phishing lure
 * (or a `javascript:` URL), so only Teams meeting links are rendered as links; anything else is not shown as one.
 *
 * Teams meeting links as Microsoft issues them:
 * - work and school accounts: `https://teams.microsoft.com/l/meetup-join/...` (Graph `onlineMeeting.joinUrl`,
 *   https://learn.microsoft.com/en-us/graph/api/resources/onlinemeetinginfo), and the short form `/meet/<id>` that
 *   newer meetings carry; subdomains of `teams.microsoft.com` are accepted too. Only the commercial cloud: a
 *   government cloud host (`*.microsoft.us`) would be added here, in one place;
 * - Teams (free) for personal accounts: `https://teams.live.com/meet/...`.
 * A link with a user name, password or port is refused: Teams never issues one, and `https://teams.microsoft.com@evil`
 * style links exist to mislead.
 * Pure: no I/O.
 */

/** Hosts whose join links are accepted, with the path prefixes a meeting link has on them. */
const TEAMS_MEETING_PATHS: ReadonlyArray<{ host: (hostname: string) => boolean; paths: readonly string[] }> = [
  { host: (h) => h === 'teams.microsoft.com' || h.endsWith('.teams.microsoft.com'), paths: ['/l/meetup-join/', '/meet/'] },
  { host: (h) => h === 'teams.live.com', paths: ['/meet/', '/l/meetup-join/'] },
];

/** True when `url` is an https link to a Teams meeting (see above); false for anything else, also for text that is no URL. */
export function isTeamsJoinUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
  const hostname = parsed.hostname.toLowerCase();
  return TEAMS_MEETING_PATHS.some((rule) => rule.host(hostname) && rule.paths.some((p) => parsed.pathname.startsWith(p) && parsed.pathname.length > p.length));
}

/** The join link to render, or null when there is none that may be shown as a link. */
export function safeJoinUrl(url: string | null | undefined): string | null {
  return url && isTeamsJoinUrl(url) ? url.trim() : null;
}
