import { isTeamsJoinUrl, safeJoinUrl } from '../../../src/domain';

describe('isTeamsJoinUrl()', () => {
  it.each([
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
    'https://teams.microsoft.com/meet/2345678901234?p=abcdef',
    'https://eu.teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
    'https://TEAMS.MICROSOFT.COM/l/meetup-join/x',
    'https://teams.live.com/meet/9312345678901',
    '  https://teams.microsoft.com/l/meetup-join/x  ',
  ])('accepts the Teams meeting link %s', (url) => {
    expect(isTeamsJoinUrl(url)).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['text that is no URL', 'Teams-vergadering'],
    ['a javascript: URL', 'javascript:alert(1)//teams.microsoft.com/l/meetup-join/x'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['plain http', 'http://teams.microsoft.com/l/meetup-join/x'],
    ['a look-alike host', 'https://teams.microsoft.com.evil.example/l/meetup-join/x'],
    ['a host that only ends in the name', 'https://evilteams.microsoft.com.example/l/meetup-join/x'],
    ['a suffix without the dot', 'https://fakteams.microsoft.com/l/meetup-join/x'],
    ['user info that hides the real host', 'https://teams.microsoft.com@evil.example/l/meetup-join/x'],
    ['user info on the Teams host', 'https://user:pw@teams.microsoft.com/l/meetup-join/x'],
    ['a port', 'https://teams.microsoft.com:8443/l/meetup-join/x'],
    ['another Teams page than a meeting', 'https://teams.microsoft.com/l/chat/0/0?users=a@b.nl'],
    ['the bare meeting prefix', 'https://teams.microsoft.com/l/meetup-join/'],
    ['the fixture placeholder host', 'https://teams.invalid/meet/fixture-evaluation'],
    ['another Microsoft host', 'https://outlook.office.com/meet/x'],
    ['teams.live.com look-alike', 'https://teams.live.com.evil.example/meet/x'],
  ])('refuses %s', (_what, url) => {
    expect(isTeamsJoinUrl(url)).toBe(false);
  });
});

describe('safeJoinUrl()', () => {
  it('gives the trimmed link for a Teams meeting and null for anything else', () => {
    expect(safeJoinUrl(' https://teams.live.com/meet/9312345678901 ')).toBe('https://teams.live.com/meet/9312345678901');
    expect(safeJoinUrl('https://evil.example/meet/x')).toBeNull();
    expect(safeJoinUrl('')).toBeNull();
    expect(safeJoinUrl(undefined)).toBeNull();
    expect(safeJoinUrl(null)).toBeNull();
  });
});
