import { KEEP_DELAY_MS, KEEP_MAX_WAIT_MS, MeetingKeeper } from '../../../../src/app/live/meetingKeeper';
import type { LiveWorkingCopy, Proposal } from '../../../../src/domain';
import { completeDraft } from '../../../fixtures';

const base = completeDraft();
const strength = (id: string, status: Proposal['status']): Proposal => ({ id, kind: 'strength', text: id, goalId: null, when: '', who: [], status, proposedBy: 'w1' });
const copy = (over: Partial<LiveWorkingCopy> = {}): LiveWorkingCopy => ({ base, fields: {}, proposals: [], ...over });

function keeperWithLog() {
  const kept: LiveWorkingCopy[] = [];
  const keeper = new MeetingKeeper(async (c) => { kept.push(c); }, () => Date.now());
  return { kept, keeper };
}

describe('MeetingKeeper (the facilitator device\'s draft of the meeting)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('keeps an accepted proposal and a say of the family at once', () => {
    const { kept, keeper } = keeperWithLog();
    keeper.changed(copy());
    expect(kept).toHaveLength(1);
    keeper.changed(copy({ proposals: [strength('p1', 'open')] }));
    expect(kept).toHaveLength(1);
    keeper.changed(copy({ proposals: [strength('p1', 'accepted')] }));
    expect(kept).toHaveLength(2);
    keeper.changed(copy({ proposals: [strength('p1', 'accepted')], says: [{ personId: 'd-emre', stance: 'agrees', words: '', by: 'w2' }] }));
    expect(kept).toHaveLength(3);
    expect(kept[2]?.says).toHaveLength(1);
  });

  it('keeps typing after a pause, and in a meeting where someone always types at least every 2 s', () => {
    const { kept, keeper } = keeperWithLog();
    keeper.changed(copy());
    kept.length = 0;
    keeper.changed(copy({ fields: { smallRelapse: 'a' } }));
    jest.advanceTimersByTime(KEEP_DELAY_MS - 1);
    expect(kept).toHaveLength(0);
    jest.advanceTimersByTime(1);
    expect(kept.map((c) => c.fields.smallRelapse)).toEqual(['a']);

    // A keystroke every 100 ms for 5 s: a plain pause-debounce would keep nothing until it stops.
    kept.length = 0;
    for (let i = 0; i < 50; i += 1) {
      keeper.changed(copy({ fields: { smallRelapse: `typed ${i}` } }));
      jest.advanceTimersByTime(100);
    }
    expect(kept.length).toBeGreaterThanOrEqual(Math.floor(5000 / KEEP_MAX_WAIT_MS));
    expect(kept.at(-1)?.fields.smallRelapse).not.toBe('typed 0');
  });

  it('keeps what waits when the panel closes, and nothing once the window is gone', () => {
    const { kept, keeper } = keeperWithLog();
    keeper.changed(copy());
    kept.length = 0;
    keeper.changed(copy({ fields: { smallRelapse: 'laatste' } }));
    keeper.flush();
    expect(kept.map((c) => c.fields.smallRelapse)).toEqual(['laatste']);
    keeper.changed(copy({ fields: { smallRelapse: 'na het sluiten' } }));
    keeper.stop();
    jest.advanceTimersByTime(KEEP_MAX_WAIT_MS);
    expect(kept).toHaveLength(1);
  });
});

describe('MeetingKeeper after a save', () => {
  it('drops what waits once the copy is saved, so closing the panel writes no draft older than the save', () => {
    jest.useFakeTimers();
    const { kept, keeper } = keeperWithLog();
    keeper.changed(copy());
    kept.length = 0;
    keeper.changed(copy({ fields: { smallRelapse: 'voor het opslaan' } }));
    keeper.settled();
    keeper.flush();
    jest.advanceTimersByTime(KEEP_MAX_WAIT_MS);
    expect(kept).toHaveLength(0);
    jest.useRealTimers();
  });
});
