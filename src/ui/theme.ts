import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';

/** The three looks the app supports, whatever the host calls them. */
export type ThemeName = 'light' | 'dark' | 'contrast';

/** Teams hosts get the Teams palette; the standalone page and Word get the web palette. */
export type ThemeFamily = 'teams' | 'web';

/**
 * Maps Teams' `context.app.theme` ('default' | 'dark' | 'contrast', and newer values such as 'glass')
 * to a theme name. Unknown values fall back to light, because that is what Teams shows by default.
 */
export function themeNameFromTeams(teamsTheme: string | null | undefined): ThemeName {
  switch (teamsTheme) {
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      return 'light';
  }
}

/**
 * The Fluent theme object for a name. Fluent v9 ships no web high-contrast theme, so the web family
 * uses the Teams one: it is built for the same purpose (forced colours, WCAG AAA contrast).
 */
export function fluentTheme(name: ThemeName, family: ThemeFamily): Theme {
  return family === 'teams' ? teamsFluentTheme(name) : webFluentTheme(name);
}

/** The Teams palette only: the tab imports this, so the web themes stay out of its first load. */
export function teamsFluentTheme(name: ThemeName): Theme {
  if (name === 'contrast') return teamsHighContrastTheme;
  return name === 'dark' ? teamsDarkTheme : teamsLightTheme;
}

/** The web palette (with Teams' high-contrast theme, as Fluent ships no web one). */
export function webFluentTheme(name: ThemeName): Theme {
  if (name === 'contrast') return teamsHighContrastTheme;
  return name === 'dark' ? webDarkTheme : webLightTheme;
}

type MatchMedia = (query: string) => MediaQueryList;

const DARK = '(prefers-color-scheme: dark)';
const FORCED = '(forced-colors: active)';

function browserMatchMedia(): MatchMedia | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia.bind(window) : null;
}

/** The operating system's preference: forced colours (Windows high contrast) wins over dark. */
export function systemThemeName(matchMedia: MatchMedia | null = browserMatchMedia()): ThemeName {
  if (!matchMedia) return 'light';
  if (matchMedia(FORCED).matches) return 'contrast';
  return matchMedia(DARK).matches ? 'dark' : 'light';
}

/**
 * Calls `listener` when the OS preference changes while the page is open.
 * Side effect: adds media-query listeners; call the returned function to remove them.
 */
export function watchSystemTheme(listener: (name: ThemeName) => void, matchMedia: MatchMedia | null = browserMatchMedia()): () => void {
  if (!matchMedia) return () => undefined;
  const queries = [matchMedia(DARK), matchMedia(FORCED)];
  const onChange = () => listener(systemThemeName(matchMedia));
  for (const q of queries) q.addEventListener('change', onChange);
  return () => {
    for (const q of queries) q.removeEventListener('change', onChange);
  };
}
