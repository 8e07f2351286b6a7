import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { fluentTheme, systemThemeName, themeNameFromTeams, watchSystemTheme } from '../../../../src/ui/theme';

describe('themeNameFromTeams()', () => {
  it('maps default, dark and contrast, and treats unknown themes as light', () => {
    expect(['default', 'dark', 'contrast', 'glass', undefined].map(themeNameFromTeams)).toEqual(['light', 'dark', 'contrast', 'light', 'light']);
  });
});

describe('fluentTheme()', () => {
  it('gives the Teams palette to the Teams family', () => {
    expect(fluentTheme('light', 'teams')).toBe(teamsLightTheme);
    expect(fluentTheme('dark', 'teams')).toBe(teamsDarkTheme);
    expect(fluentTheme('contrast', 'teams')).toBe(teamsHighContrastTheme);
  });

  it('gives the web palette to the web family, with the Teams high-contrast theme for contrast', () => {
    expect(fluentTheme('light', 'web')).toBe(webLightTheme);
    expect(fluentTheme('dark', 'web')).toBe(webDarkTheme);
    expect(fluentTheme('contrast', 'web')).toBe(teamsHighContrastTheme);
  });
});

describe('systemThemeName() and watchSystemTheme()', () => {
  type Listener = () => void;
  function fakeMedia(state: Record<string, boolean>) {
    const listeners = new Map<string, Listener[]>();
    const matchMedia = (query: string) => ({
      matches: state[query] ?? false,
      addEventListener: (_: string, l: Listener) => listeners.set(query, [...(listeners.get(query) ?? []), l]),
      removeEventListener: (_: string, l: Listener) => listeners.set(query, (listeners.get(query) ?? []).filter((x) => x !== l)),
    }) as unknown as MediaQueryList;
    const fire = (query: string) => (listeners.get(query) ?? []).forEach((l) => l());
    return { matchMedia, fire };
  }

  it('is light without matchMedia (server or old browser)', () => {
    expect(systemThemeName(null)).toBe('light');
  });

  it('reports a change of the OS preference and stops after unsubscribe', () => {
    const state: Record<string, boolean> = {};
    const media = fakeMedia(state);
    const seen: string[] = [];
    const stop = watchSystemTheme((t) => seen.push(t), media.matchMedia);
    state['(prefers-color-scheme: dark)'] = true;
    media.fire('(prefers-color-scheme: dark)');
    stop();
    state['(forced-colors: active)'] = true;
    media.fire('(forced-colors: active)');
    expect(seen).toEqual(['dark']);
  });
});
