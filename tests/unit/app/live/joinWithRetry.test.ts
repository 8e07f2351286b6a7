import { joinWithRetry } from '../../../../src/app/live/joinWithRetry';
import type { JoinProgress } from '../../../../src/app/live/joinWithRetry';
import type { JoinOptions, LiveSession, LiveSessionFactory } from '../../../../src/app/live/ports';

const join: JoinOptions = { isOrganiser: false, isPresenter: false, inTenant: true, leadsFromHere: true, name: null };
const session = { selfId: 's1' } as unknown as LiveSession;

/** A factory that fails `failures` times (as Teams' "retry after" does while another window creates the container). */
function failing(failures: number): LiveSessionFactory & { calls: number } {
  const factory = {
    calls: 0,
    async join(): Promise<LiveSession> {
      factory.calls += 1;
      if (factory.calls <= failures) throw new Error('timed out attempting to create or get container');
      return session;
    },
  };
  return factory;
}

describe('joinWithRetry', () => {
  it('tries again with growing waits and reports each step', async () => {
    const factory = failing(2);
    const waits: number[] = [];
    const progress: JoinProgress[] = [];
    const joined = await joinWithRetry(factory, join, {
      delaysMs: [100, 200, 400], random: () => 0.5, sleep: async (ms) => { waits.push(ms); }, onProgress: (p) => progress.push(p),
    });
    expect(joined).toBe(session);
    expect(factory.calls).toBe(3);
    expect(waits).toEqual([100, 200]);
    expect(progress.map((p) => `${p.kind}:${p.attempt}/${p.attempts}`)).toEqual(['joining:1/4', 'waiting:1/4', 'joining:2/4', 'waiting:2/4', 'joining:3/4']);
  });

  it('gives up after the last try with the last error, never waiting after it', async () => {
    const factory = failing(10);
    const waits: number[] = [];
    await expect(joinWithRetry(factory, join, { delaysMs: [10, 20], random: () => 0, sleep: async (ms) => { waits.push(ms); } }))
      .rejects.toThrow('timed out attempting to create or get container');
    expect(factory.calls).toBe(3);
    expect(waits).toEqual([8, 15]);
  });

  it('stops when the window closes', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(joinWithRetry(failing(0), join, { signal: controller.signal })).rejects.toThrow('aborted');
  });
});
