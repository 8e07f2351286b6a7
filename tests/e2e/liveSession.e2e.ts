/**
 * The Live Share adapter against a real local Fluid service (started and stopped here), without a browser: two
 * clients of one meeting share presence, the plan, typed fields, proposals and the agenda timer.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localLiveSessions, isLoopbackEndpoint } from '../../src/adapters/liveshare';
import type { LiveSession, LiveSnapshot } from '../../src/app/live/ports';
import { completePlan } from '../fixtures';
import { startLocalFluidService } from '../../scripts/live-service';
import type { LocalFluidService } from '../../scripts/live-service';

let service: LocalFluidService;
before(async () => {
  service = await startLocalFluidService();
});
after(async () => {
  await service?.stop();
});

async function until(session: LiveSession, what: string, done: (s: LiveSnapshot) => boolean, ms = 10_000): Promise<LiveSnapshot> {
  const start = Date.now();
  while (!done(session.snapshot())) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return session.snapshot();
}

const person = { isOrganiser: false, isPresenter: false, inTenant: false, startedSession: false, name: null };

describe('Live Share session against the local Fluid service', () => {
  it('refuses a service that is not on this machine', () => {
    assert.equal(isLoopbackEndpoint('http://127.0.0.1:7070'), true);
    assert.equal(isLoopbackEndpoint('https://eu.fluidrelay.azure.com'), false);
    assert.throws(() => localLiveSessions({ endpoint: 'http://10.0.0.1:7070', sessionId: null, onCreated: () => undefined }));
  });

  it('shares presence, the plan, fields, proposals and the timer between two clients', async () => {
    let sessionId: string | null = null;
    const facilitator = await localLiveSessions({ endpoint: service.endpoint, sessionId: null, onCreated: (id) => { sessionId = id; } })
      .join({ ...person, isOrganiser: true, inTenant: true, startedSession: true, name: 'Begeleider' });
    assert.equal(facilitator.role, 'facilitator');
    assert.ok(sessionId);
    const member = await localLiveSessions({ endpoint: service.endpoint, sessionId, onCreated: () => undefined }).join(person);
    assert.equal(member.role, 'participant');

    const plan = completePlan();
    assert.equal(await member.shareBase(plan), 'notAllowed');
    assert.equal(await facilitator.shareBase(plan), null);
    await until(member, 'the plan and two people', (s) => s.base?.id === plan.id && s.participants.length === 2);
    assert.deepEqual(member.snapshot().participants.map((p) => p.name).sort(), ['Begeleider', null]);

    await Promise.all([facilitator.setField('smallRelapse', 'Bel oma'), member.setField('homeLocation', 'Keukenla')]);
    for (const s of [facilitator, member]) await until(s, 'both fields', (x) => x.fields.smallRelapse?.text === 'Bel oma' && x.fields.homeLocation?.text === 'Keukenla');

    assert.equal(await member.propose({ kind: 'strength', text: 'Buurvrouw past op', goalId: null, when: '', who: [] }), null);
    const open = await until(facilitator, 'an open proposal', (s) => s.proposals.some((p) => p.status === 'open'));
    const id = open.proposals[0]!.id;
    assert.equal(await member.decide(id, true), 'notAllowed');
    assert.equal(await facilitator.decide(id, true), null);
    await until(member, 'the accepted proposal', (s) => s.proposals[0]?.status === 'accepted');

    // An agreement names who does it; the facilitator corrects the person while accepting, and everyone sees the correction.
    assert.equal(await member.propose({ kind: 'agreement', text: 'Oma haalt op', goalId: null, when: 'woensdag', who: ['s-ria'] }), null);
    const agreement = await until(facilitator, 'the agreement proposal', (s) => s.proposals.some((p) => p.kind === 'agreement'));
    const agreementId = agreement.proposals.find((p) => p.kind === 'agreement')!.id;
    assert.deepEqual(agreement.proposals.find((p) => p.id === agreementId)?.who, ['s-ria']);
    assert.equal(await facilitator.decide(agreementId, true, ['s-ria', 'p-lotte']), null);
    const decided = await until(member, 'the corrected agreement', (s) => s.proposals.some((p) => p.id === agreementId && p.status === 'accepted'));
    assert.deepEqual(decided.proposals.find((p) => p.id === agreementId)?.who, ['s-ria', 'p-lotte']);

    assert.equal(await member.startAgendaItem('analysis'), 'notAllowed');
    assert.equal(await facilitator.startAgendaItem('analysis'), null);
    const timed = await until(member, 'the running timer', (s) => s.timer.running && s.followSectionId === 'analysis');
    assert.equal(timed.timer.itemId, 'analysis');
    assert.ok(timed.timer.remainingMs > 24 * 60_000);

    assert.equal(await facilitator.pauseTimer(), null);
    const paused = await until(member, 'the paused timer', (s) => !s.timer.running);
    assert.ok(paused.timer.remainingMs > 24 * 60_000 && paused.timer.remainingMs <= 25 * 60_000);

    assert.equal(member.snapshot().dirty, true);
    assert.equal(member.snapshot().meetingEntryId, null);
    await facilitator.markSaved(Date.now(), 'nm-live-1');
    await until(member, 'the save mark and the meeting entry', (s) => !s.dirty && s.meetingEntryId === 'nm-live-1');

    await member.leave();
    await facilitator.leave();
  });
});
