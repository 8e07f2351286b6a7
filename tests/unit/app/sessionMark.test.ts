import { movedOn } from '../../../src/app/sessionMark';
import type { SessionMark } from '../../../src/app/sessionMark';

const at: SessionMark = { revision: '2', moves: 5, editSeq: 3, closed: false };

describe('movedOn: no awaited result is applied to a session that moved on', () => {
  it('a session where nothing happened has not moved on', () => {
    expect(movedOn(at, { ...at }, 'nothing')).toBe(false);
    expect(movedOn(at, { ...at }, 'typing')).toBe(false);
  });

  it.each([
    ['another revision', { revision: '3' }],
    ['a status it set (saving, saved, failed...)', { moves: 6 }],
    ['closed', { closed: true }],
  ] as const)('%s is a move, whatever the result tolerates', (_what, change) => {
    expect(movedOn(at, { ...at, ...change }, 'nothing')).toBe(true);
    expect(movedOn(at, { ...at, ...change }, 'typing')).toBe(true);
  });

  it('keys typed meanwhile stop only a result that replaces the screen whole', () => {
    expect(movedOn(at, { ...at, editSeq: 4 }, 'nothing')).toBe(true);
    expect(movedOn(at, { ...at, editSeq: 4 }, 'typing')).toBe(false);
  });
});
