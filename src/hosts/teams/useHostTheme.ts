import { useEffect, useState } from 'react';
import type { ThemeName } from '../../ui/theme';
import type { HostContext } from './teamsContext';

/** The host's current theme name, updated when the user switches theme in Teams (or in the OS, standalone). */
export function useHostTheme(host: Pick<HostContext, 'theme' | 'onThemeChange'>): ThemeName {
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  return theme;
}
