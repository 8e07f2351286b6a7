/**
 * A full netwerkberaad (up to 20 people) as 20 node clients of the Live Share adapter against the local Fluid service:
 * - `live.join.ms`: one client's join of the running session (`liveShareSessions().join`, until its first snapshot
 *   holds the shared plan), the median over the 19 who join after the facilitator;
 * - `live.converge.ms.p95.20`: a field typed by one client until all 19 others hold it, p95 over EDITS edits that go
 *   round the clients (edits 60 ms apart, so the 50 ms send rule never holds one back);
 * - `live.ops.per.change`: the ops a plain client of the meeting sees in the shared maps per typed change.
 * Browser-free, so it measures the session, not the page (live.bench.ts measures the page in Chromium).
 */
import { LiveShareClient } from '@microsoft/live-share';
import type { SharedMap } from 'fluid-framework';
import type { Figure } from '../bench';
import { localLiveSessions } from '../../src/adapters/liveshare';
import { LIVE_CONTAINER_SCHEMA } from '../../src/adapters/liveshare/liveShareSession';
import { localTokenProvider } from '../../src/adapters/liveshare/localToken';
import type { LiveSession } from '../../src/app/live/ports';
import { liveViewOf, newId } from '../../src/domain';
import { completePlan } from '../../tests/fixtures';
import { startLocalFluidService } from '../live-service';
import { TestLiveShareHost } from '@microsoft/live-share';

const CLIENTS = 20;
const EDITS = 60;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(done: () => boolean, ms = 15_000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await sleep(2);
  }
}

/** Resolves when every session's snapshot satisfies `done` (checked on each change, not by polling). */
function allSee(sessions: ReadonlyArray<LiveSession>, done: (s: LiveSession) => boolean): Promise<void> {
  return Promise.all(sessions.map((s) => new Promise<void>((resolve) => {
    if (done(s)) return resolve();
    const stop = s.subscribe(() => {
      if (done(s)) {
        stop();
        resolve();
      }
    });
  }))).then(() => undefined);
}

export async function run(): Promise<Figure[]> {
  const service = await startLocalFluidService();
  const sessions: LiveSession[] = [];
  try {
    let sessionId: string | null = null;
    const facilitator = await localLiveSessions({ endpoint: service.endpoint, sessionId: null, onCreated: (id) => { sessionId = id; } })
      .join({ isOrganiser: true, isPresenter: true, inTenant: true, leadsFromHere: true, name: 'Begeleider' });
    sessions.push(facilitator);
    await until(() => facilitator.role === 'facilitator');
    const plan = completePlan();
    await facilitator.shareBase(liveViewOf(plan));

    const joins: number[] = [];
    for (let i = 1; i < CLIENTS; i += 1) {
      const start = Date.now();
      const member = await localLiveSessions({ endpoint: service.endpoint, sessionId, onCreated: () => undefined })
        .join({ isOrganiser: false, isPresenter: false, inTenant: false, leadsFromHere: false, name: null });
      await until(() => member.snapshot().base?.planId === plan.id);
      joins.push(Date.now() - start);
      sessions.push(member);
    }

    // A plain client of the meeting counts the ops in the shared maps.
    const host = TestLiveShareHost.create(() => sessionId ?? undefined, () => undefined);
    const observer = await new LiveShareClient(host, {
      connection: { type: 'local', endpoint: service.endpoint, tokenProvider: localTokenProvider(newId()) },
    }).joinContainer(LIVE_CONTAINER_SCHEMA);
    const maps = observer.container.initialObjects as unknown as Record<'fields' | 'proposals' | 'meta', SharedMap>;
    let ops = 0;
    const count = () => { ops += 1; };
    for (const map of Object.values(maps)) map.on('valueChanged', count);
    // What the observer catches up on when it joins is not a change of this run.
    await sleep(1000);
    ops = 0;

    const times: number[] = [];
    for (let i = 0; i < EDITS; i += 1) {
      const editor = sessions[i % CLIENTS]!;
      const others = sessions.filter((s) => s !== editor);
      const text = `bewerking ${i}`;
      const seen = allSee(others, (s) => s.snapshot().fields.smallRelapse?.text === text);
      const start = performance.now();
      await editor.setField('smallRelapse', text);
      await seen;
      times.push(Math.round(performance.now() - start));
      await sleep(60);
    }
    await sleep(500);
    for (const map of Object.values(maps)) map.off('valueChanged', count);
    observer.container.dispose();
    if (process.env.VP_BENCH_VERBOSE) console.log(`# live.join.ms each: ${joins.join(', ')}; converge: ${times.join(', ')}`);
    return [
      { metric: 'live.converge.ms.p95.20', value: p95(times), unit: 'ms' },
      { metric: 'live.join.ms', value: median(joins), unit: 'ms' },
      { metric: 'live.ops.per.change', value: Math.round((ops / EDITS) * 100) / 100, unit: 'ops' },
    ];
  } finally {
    for (const s of sessions.reverse()) await s.leave().catch(() => undefined);
    await service.stop();
  }
}
