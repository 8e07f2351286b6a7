import { act, renderHook } from '@testing-library/react';
import { useHostTheme } from '../../../../src/hosts/teams/useHostTheme';
import type { ThemeName } from '../../../../src/ui/theme';

function fakeHost(theme: ThemeName) {
  const listeners = new Set<(t: ThemeName) => void>();
  return {
    theme,
    onThemeChange: (l: (t: ThemeName) => void) => { listeners.add(l); return () => { listeners.delete(l); }; },
    emit: (t: ThemeName) => listeners.forEach((l) => l(t)),
    listenerCount: () => listeners.size,
  };
}

describe('useHostTheme()', () => {
  it('starts from the host theme and follows a switch while open', () => {
    const host = fakeHost('light');
    const { result } = renderHook(() => useHostTheme(host));
    expect(result.current).toBe('light');
    act(() => host.emit('contrast'));
    expect(result.current).toBe('contrast');
  });

  it('stops listening when the component unmounts', () => {
    const host = fakeHost('dark');
    const { unmount } = renderHook(() => useHostTheme(host));
    expect(host.listenerCount()).toBe(1);
    unmount();
    expect(host.listenerCount()).toBe(0);
  });
});
