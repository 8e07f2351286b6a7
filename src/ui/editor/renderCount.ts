/**
 * Render counter for tests only: the component tests check that a key press in one agreement does not re-render the
 * others. In a production build `process.env.NODE_ENV` is 'production', so the body is removed as dead code.
 */
export const renderCounts = new Map<string, number>();

export function countRender(key: string): void {
  if (process.env.NODE_ENV === 'test') renderCounts.set(key, (renderCounts.get(key) ?? 0) + 1);
}
