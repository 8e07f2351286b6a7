/**
 * The Live Share adapter against a real local Fluid service (started and stopped here), without a browser: two
 * clients of one meeting share presence, the plan, typed fields, proposals and the agenda timer.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { LiveShareClient } from '@microsoft/live-share';
import type { ILiveShareHost, LiveState } from '@microsoft/live-share';
import type { SharedMap } from 'fluid-framework';
import { localLiveSessions, isLoopbackEndpoint, liveShareSessions } from '../../src/adapters/liveshare';
import { LIVE_CONTAINER_SCHEMA } from '../../src/adapters/liveshare/liveShareSession';
import { localTokenProvider } from '../../src/adapters/liveshare/localToken';
import type { JoinOptions, LiveSession, LiveSnapshot } from '../../src/app/live/ports';
import { agendaItem, liveViewOf, newId } from '../../src/domain';
import type { Plan } from '../../src/domain';
import { completePlan } from '../fixtures';
import { ANONYMOUS_PRESENTER, ATTENDEE, GUEST_PRESENTER, MeetingRoles, ORGANISER, PRESENTER } from '../fakes/liveShareRolesHost';
import type { HostOptions } from '../fakes/liveShareRolesHost';
import { startLocalFluidService } from '../../scripts/live-service';
import type { LocalFluidService } from '../../scripts/live-service';
import { closedAfterEachTest, leftOnce } from './liveCleanup';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, goToSection, screenshot, useBuildInChromium } from './harness';

let service: LocalFluidService;
before(async () => {
  service = await startLocalFluidService();
});
after(async () => {
  await service?.stop();
});

// Every client a test opens is left after it, also when an assertion failed (else the file never ends).
const cleanup = closedAfterEachTest();
const joined = async <T extends LiveSession>(joining: Promise<T>): Promise<T> => cleanup.track(leftOnce(await joining));

async function until(session: LiveSession, what: string, done: (s: LiveSnapshot) => boolean, ms = 10_000): Promise<LiveSnapshot> {
  const start = Date.now();
  while (!done(session.snapshot())) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return session.snapshot();
}

const person = { isOrganiser: false, isPresenter: false, inTenant: false, leadsFromHere: false, name: null };
const professional = { isOrganiser: false, isPresenter: true, inTenant: true, leadsFromHere: true };

/** One meeting whose roles the host answers per client, as Teams does (tests/fakes/liveShareRolesHost.ts). */
function meetingOnService() {
  const roles = new MeetingRoles();
  let sessionId: string | undefined;
  const connection = () => ({ type: 'local' as const, endpoint: service.endpoint, tokenProvider: localTokenProvider(newId()) });
  type Extra = Partial<Omit<HostOptions, 'roles' | 'sessionId' | 'onCreated'>>;
  const hostFor = (meetingRoles: typeof ATTENDEE, extra: Extra = {}): ILiveShareHost => roles.host({
    roles: meetingRoles, sessionId: () => sessionId, onCreated: (id) => { sessionId = id; }, ...extra,
  });
  return {
    roles,
    join: (meetingRoles: typeof ATTENDEE, join: JoinOptions, extra: Extra = {}) =>
      joined(liveShareSessions({ host: hostFor(meetingRoles, extra), localConnection: connection(), trustDeclaredRoles: false }).join(join)),
    /** A client that writes around the session's API and lies to itself about its roles (by default an attendee's). */
    tampered: async (meetingRoles: typeof ATTENDEE = ATTENDEE, extra: Extra = {}) => {
      const client = new LiveShareClient(hostFor(meetingRoles, { ...extra, lieToSelf: true }), { connection: connection() });
      const { container } = await client.joinContainer(LIVE_CONTAINER_SCHEMA);
      cleanup.track({ close: () => { if (!container.disposed) container.dispose(); } });
      const objects = container.initialObjects as unknown as { lead: LiveState; decisions: LiveState; proposals: SharedMap; meta: SharedMap; fields: SharedMap };
      await objects.lead.initialize({ v: 1, claim: null, baseDigest: null });
      await objects.decisions.initialize({ v: 1, decisions: {} });
      return { container, objects };
    },
  };
}

/** Every string in a value, at any depth. */
function stringsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

/** The plan's texts the meeting must never receive: its free texts, addresses and e-mail addresses outside the view. */
function secretsOf(plan: Plan): string[] {
  const shown = stringsIn(liveViewOf(plan));
  return [...stringsIn(plan)].filter((text) => text.length >= 8 && /[\s@]/.test(text) && ![...shown].some((s) => s.includes(text)));
}

/** What a plain Live Share client of the meeting reads from the container's maps. */
async function readMaps(meeting: ReturnType<typeof meetingOnService>) {
  const { container, objects } = await meeting.tampered();
  await sleep(500);
  const entries = (map: SharedMap) => Object.fromEntries(map.entries());
  const read = { meta: entries(objects.meta), fields: entries(objects.fields), proposals: entries(objects.proposals) };
  container.dispose();
  return read;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Live Share session against the local Fluid service', () => {
  it('refuses a service that is not on this machine', () => {
    assert.equal(isLoopbackEndpoint('http://127.0.0.1:7070'), true);
    assert.equal(isLoopbackEndpoint('https://eu.fluidrelay.azure.com'), false);
    assert.throws(() => localLiveSessions({ endpoint: 'http://10.0.0.1:7070', sessionId: null, onCreated: () => undefined }));
  });

  it('shares presence, the plan, fields, proposals and the timer between two clients', async () => {
    let sessionId: string | null = null;
    const facilitator = await joined(localLiveSessions({ endpoint: service.endpoint, sessionId: null, onCreated: (id) => { sessionId = id; } })
      .join({ ...person, isOrganiser: true, inTenant: true, leadsFromHere: true, name: 'Begeleider' }));
    // Alone in the session, the professional takes the lead after the short wait (domain automaticTakeOver).
    await until(facilitator, 'the lead', (s) => s.lead?.holderId === facilitator.selfId && s.lead.present, 8000);
    assert.equal(facilitator.role, 'facilitator');
    assert.ok(sessionId);
    const member = await joined(localLiveSessions({ endpoint: service.endpoint, sessionId, onCreated: () => undefined }).join(person));
    assert.equal(member.role, 'participant');

    const plan = completePlan();
    assert.equal(await member.shareBase(liveViewOf(plan)), 'notAllowed');
    assert.equal(await facilitator.shareBase(liveViewOf(plan)), null);
    await until(member, 'the plan and two people', (s) => s.base?.planId === plan.id && s.participants.length === 2);
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

  it('ignores a participant\'s decision, lead and base written around the API: only the meeting\'s professionals count', async () => {
    const meeting = meetingOnService();
    const lead = await meeting.join(ORGANISER, { ...professional, name: 'Begeleider' });
    await until(lead, 'the lead', (s) => s.lead?.holderId === lead.selfId, 8000);
    const colleague = await meeting.join(PRESENTER, { ...professional, name: 'Wijkcoach' });
    const member = await meeting.join(ATTENDEE, person);
    assert.equal(member.role, 'participant', 'the meeting, not the joining page, makes an attendee a participant');
    const plan = completePlan();
    assert.equal(await lead.shareBase(liveViewOf(plan)), null);
    for (const s of [colleague, member]) await until(s, 'the sealed plan', (x) => x.base?.planId === plan.id && x.participants.length === 3);
    assert.equal(await member.propose({ kind: 'strength', text: 'Buurvrouw past op', goalId: null, when: '', who: [] }), null);
    const proposalId = (await until(lead, 'the proposal', (s) => s.proposals.length === 1)).proposals[0]!.id;

    const { container, objects } = await meeting.tampered();
    const view = liveViewOf(plan);
    const forgedJson = JSON.stringify({ ...view, fields: { ...view.fields, familyName: 'Vervalst' } });
    objects.proposals.set(proposalId, { ...(objects.proposals.get(proposalId) as object), status: 'accepted' });
    await objects.decisions.set({ v: 1, decisions: { [proposalId]: 'accepted' } });
    await objects.lead.set({ v: 1, claim: { holderId: 'vervalst', since: Date.now() }, baseDigest: createHash('sha256').update(forgedJson).digest('hex') });
    objects.meta.set('base', forgedJson);
    await sleep(1500);
    for (const s of [lead, colleague, member]) {
      const seen = s.snapshot();
      assert.equal(seen.proposals[0]?.status, 'open', 'a participant cannot accept');
      assert.equal(seen.lead?.holderId, lead.selfId, 'a participant cannot take the lead');
      assert.equal(seen.base?.fields.familyName, plan.familyName, 'a participant cannot replace the plan');
    }
    // Entries no window can read (a proposal id every object has, a malformed field) are never shown, only counted;
    // the facilitator removes them.
    objects.proposals.set('constructor', { ...(objects.proposals.get(proposalId) as object), id: 'constructor' });
    objects.fields.set('smallRelapse', { text: 42, by: 'x' });
    const counted = await until(member, 'the unreadable entries counted', (s) => s.unreadableEntries === 2);
    assert.deepEqual(counted.proposals.map((p) => p.id), [proposalId]);
    assert.equal(counted.fields.smallRelapse, undefined);
    assert.equal(await member.removeUnreadable(), 'notAllowed');
    assert.equal(await lead.removeUnreadable(), null);
    await until(member, 'the unreadable entries removed', (s) => s.unreadableEntries === 0);

    // The facilitator writes the sealed base back into the map.
    await until(lead, 'the base restored', () => objects.meta.get('base') === JSON.stringify(liveViewOf(plan)));

    // A professional's decision does count, for everyone.
    assert.equal(await colleague.decide(proposalId, true), null);
    for (const s of [lead, member]) await until(s, 'the accepted proposal', (x) => x.proposals[0]?.status === 'accepted');

    // Another professional takes over explicitly; the first one then sees who leads and no longer leads.
    assert.equal(await member.takeLead(), 'notAllowed');
    assert.equal(await colleague.takeLead(), null);
    await until(lead, 'the lead moved', (s) => s.lead?.holderId === colleague.selfId);
    assert.equal(lead.role, 'professional');
    assert.equal(await lead.startAgendaItem('goals'), 'notAllowed');
    assert.equal(await colleague.lead('goals'), null);
    await until(member, 'the new facilitator\'s section', (s) => s.followSectionId === 'goals');

    // The new facilitator leaves: the one professional still present takes over by itself, keeping plan and decisions.
    await colleague.leave();
    const after = await until(lead, 'the automatic take-over', (s) => s.lead?.holderId === lead.selfId, 15_000);
    assert.equal(after.base?.planId, plan.id);
    assert.equal(after.proposals[0]?.status, 'accepted');
    // Someone who joins now hears the lead, the seal and the decisions from the new facilitator.
    const late = await meeting.join(ATTENDEE, person);
    await until(late, 'caught up', (s) => s.lead?.holderId === lead.selfId && s.base?.planId === plan.id && s.proposals[0]?.status === 'accepted'
      && s.followSectionId === 'goals');

    container.dispose();
    for (const s of [late, member, lead]) await s.leave();
  });

  it('ignores the lead, decisions, seal and save mark from a changed client of a guest or anonymous presenter, however the host reports them', async () => {
    const meeting = meetingOnService();
    const lead = await meeting.join(ORGANISER, { ...professional, name: 'Begeleider' });
    await until(lead, 'the lead', (s) => s.lead?.holderId === lead.selfId, 8000);
    // A real professional whose roles the host first reports as the transient [Guest]: their decision still counts.
    const colleague = await meeting.join(PRESENTER, { ...professional, name: 'Wijkcoach' }, { transientGuestMs: 600 });
    const member = await meeting.join(ATTENDEE, person);
    const plan = completePlan();
    assert.equal(await lead.shareBase(liveViewOf(plan)), null);
    for (const s of [colleague, member]) await until(s, 'the plan', (x) => x.base?.planId === plan.id && x.participants.length === 3);
    assert.equal(await member.propose({ kind: 'strength', text: 'Buurvrouw past op', goalId: null, when: '', who: [] }), null);
    assert.equal(await member.propose({ kind: 'strength', text: 'Oom kookt', goalId: null, when: '', who: [] }), null);
    const [first, second] = (await until(lead, 'two proposals', (s) => s.proposals.length === 2)).proposals.map((p) => p.id);

    // A guest's own honest window, made presenter by the default policy, is a participant and may not decide.
    const guest = await meeting.join(GUEST_PRESENTER, { ...professional, name: 'Gast' });
    assert.equal(guest.role, 'participant');
    await until(guest, 'the plan and the proposals', (x) => x.base?.planId === plan.id && x.proposals.length === 2);
    assert.equal(await guest.decide(first!, true), 'notAllowed');

    const forgedView = { ...liveViewOf(plan), fields: { ...liveViewOf(plan).fields, familyName: 'Vervalst' } };
    const forgedSeal = createHash('sha256').update(JSON.stringify(forgedView)).digest('hex');
    const cases: Array<[string, typeof ATTENDEE, Partial<HostOptions>]> = [
      ['a guest who is also presenter', GUEST_PRESENTER, {}],
      ['an anonymous presenter (no Guest role, no user id)', ANONYMOUS_PRESENTER, { anonymous: true }],
      ['a guest presenter the host registers late', GUEST_PRESENTER, { registerAfterMs: 1500 }],
      ['a guest presenter first reported as the transient [Guest]', GUEST_PRESENTER, { transientGuestMs: 800 }],
    ];
    for (const [who, roles, extra] of cases) {
      const { container, objects } = await meeting.tampered(roles, extra);
      await objects.lead.set({ v: 1, claim: { holderId: 'vervalst', since: Date.now() }, baseDigest: forgedSeal, saved: { token: 'x', at: Date.now() } });
      await objects.decisions.set({ v: 1, decisions: { [first!]: 'accepted', [second!]: 'declined' } });
      objects.meta.set('base', JSON.stringify(forgedView));
      // Long enough for a late registration and a transient answer to have settled.
      await sleep(2500);
      for (const s of [lead, colleague, member]) {
        const seen = s.snapshot();
        assert.equal(seen.lead?.holderId, lead.selfId, `${who} cannot take the lead`);
        assert.deepEqual(seen.proposals.map((p) => p.status), ['open', 'open'], `${who} cannot decide`);
        assert.equal(seen.base?.fields.familyName, plan.familyName, `${who} cannot swap the plan's seal`);
        assert.equal(seen.savedAt, null, `${who} cannot mark the copy saved`);
      }
      container.dispose();
    }
    // The professional whose first answer was the transient [Guest] decides, for everyone.
    assert.equal(await colleague.decide(first!, true), null);
    for (const s of [lead, member]) await until(s, 'the colleague\'s decision', (x) => x.proposals.find((p) => p.id === first)?.status === 'accepted');
    for (const s of [guest, member, colleague, lead]) await s.leave();
  });

  it('gives a professional whose role the host registers late their controls then', async () => {
    const meeting = meetingOnService();
    const lead = await meeting.join(ORGANISER, { ...professional, name: 'Begeleider' });
    await until(lead, 'the lead', (s) => s.lead?.holderId === lead.selfId, 8000);
    const plan = completePlan();
    assert.equal(await lead.shareBase(liveViewOf(plan)), null);
    const late = await meeting.join(PRESENTER, { ...professional, name: 'Wijkcoach' }, { registerAfterMs: 4000 });
    assert.equal(late.role, 'participant', 'until the host knows the window, it is a participant');
    await until(late, 'the role from the host', () => late.role === 'professional', 15_000);
    await until(lead, 'the late professional listed as one', (s) => s.participants.some((p) => p.name === 'Wijkcoach' && p.role === 'professional'));
    assert.equal(await late.takeLead(), null);
    await until(lead, 'the lead moved', (s) => s.lead?.holderId === late.selfId);
    for (const s of [late, lead]) await s.leave();
  });

  it('lists a person with a side panel and a stage once, steadily, and sends a field\'s typing at most once per 50 ms as one op', async () => {
    const meeting = meetingOnService();
    const panel = await meeting.join(ORGANISER, { ...professional, name: 'Sanne' }, { userId: 'u-sanne' });
    await until(panel, 'the lead', (s) => s.lead?.holderId === panel.selfId, 8000);
    const stage = await meeting.join(ORGANISER, { ...professional, leadsFromHere: false, name: 'Sanne' }, { userId: 'u-sanne' });
    const member = await meeting.join(ATTENDEE, person);
    assert.equal(await panel.shareBase(liveViewOf(completePlan())), null);
    await until(member, 'the plan', (s) => s.base !== null);
    const rows = new Set<string>();
    for (let i = 0; i < 6; i += 1) {
      stage.viewSection(i % 2 === 0 ? 'goals' : 'people');
      await sleep(150);
      const sanne = member.snapshot().participants.filter((p) => p.name === 'Sanne');
      assert.equal(sanne.length, 1, 'one row for Sanne');
      rows.add(`${sanne[0]!.id}:${sanne[0]!.role}`);
    }
    assert.deepEqual([...rows], [`${panel.selfId}:facilitator`], 'the row stays the side panel\'s, as the facilitator');

    // Typing 'Bel oma' letter by letter: the member ends with the whole text, and the map got far fewer ops than letters.
    const { container, objects } = await meeting.tampered();
    let ops = 0;
    objects.fields.on('valueChanged', () => { ops += 1; });
    const text = 'Bel oma om acht uur';
    for (let i = 1; i <= text.length; i += 1) await member.setField('smallRelapse', text.slice(0, i));
    assert.equal(member.snapshot().fields.smallRelapse?.text, text, 'the typist sees their own text at once');
    await until(panel, 'the whole text', (s) => s.fields.smallRelapse?.text === text);
    await sleep(300);
    assert.ok(ops >= 1 && ops <= 3, `${ops} ops for ${text.length} keystrokes typed within 50 ms`);
    container.dispose();
    for (const s of [member, stage, panel]) await s.leave();
  });

  it('gives every window only the plan\'s view: a participant\'s snapshot and the shared maps hold nothing else', async () => {
    const meeting = meetingOnService();
    const lead = await meeting.join(ORGANISER, { ...professional, name: 'Begeleider' });
    await until(lead, 'the lead', (s) => s.lead?.holderId === lead.selfId, 8000);
    const member = await meeting.join(ATTENDEE, person);
    const plan = completePlan();
    const secrets = secretsOf(plan);
    assert.ok(secrets.some((t) => t === plan.violencePhysicalAbuse), 'the violence notes are among what must stay out');
    assert.ok(secrets.some((t) => t.includes('@')), 'so are the e-mail addresses');
    assert.equal(await lead.shareBase(liveViewOf(plan)), null);
    await until(member, 'the plan', (s) => s.base?.planId === plan.id);
    assert.equal(await member.setField('smallRelapse', 'Bel oma'), null);
    assert.equal(await member.propose({ kind: 'agreement', text: 'Oma haalt op', goalId: plan.goals[0]!.id, when: 'woensdag', who: ['s-ria'] }), null);
    await until(lead, 'the field and the proposal', (s) => s.fields.smallRelapse?.text === 'Bel oma' && s.proposals.length === 1);

    const seen = member.snapshot();
    assert.deepEqual(seen.base, liveViewOf(plan), 'the participant holds exactly the view');
    assert.deepEqual(Object.keys(seen.base ?? {}).sort(), [
      'agreements', 'bottomLines', 'carriers', 'children', 'circumstances', 'concernFacts', 'dangerStatements', 'decided', 'exceptions',
      'family', 'fields', 'goals', 'informing', 'monitoring', 'people', 'planId', 'resumeAt', 'strengths', 'variant',
    ]);
    for (const group of Object.values(seen.base!.people)) for (const p of group) assert.deepEqual(Object.keys(p).sort(), ['id', 'name']);
    const maps = await readMaps(meeting);
    assert.deepEqual(Object.keys(maps.meta), ['base']);
    assert.deepEqual(JSON.parse(maps.meta.base as string), liveViewOf(plan), 'the map holds the view, not the plan');
    for (const value of Object.values(maps.fields)) assert.deepEqual(Object.keys(value as object).sort(), ['by', 'plan', 'text']);
    for (const value of Object.values(maps.proposals)) {
      assert.deepEqual(Object.keys(value as object).sort(), ['goalId', 'id', 'kind', 'plan', 'proposedBy', 'status', 'text', 'when', 'who']);
    }
    const received = JSON.stringify([seen, maps]);
    for (const secret of secrets) assert.ok(!received.includes(secret), `"${secret.slice(0, 24)}…" reached the meeting`);

    // Another plan in the same meeting starts from empty: the first plan's field and proposal are removed, not carried over.
    const other: Plan = { ...completePlan(), id: 'plan-other', familyName: 'Jansen' };
    assert.equal(await lead.shareBase(liveViewOf(other)), null);
    const fresh = await until(member, 'the other plan, empty', (s) => s.base?.planId === other.id && s.proposals.length === 0 && s.fields.smallRelapse === undefined);
    assert.equal(fresh.otherPlanEntries, 0);
    const after = await readMaps(meeting);
    assert.deepEqual([Object.keys(after.fields), Object.keys(after.proposals)], [[], []], 'the first plan\'s entries left the container');
    // An entry written for another plan (an older window, a tampered client) is never shown, and the meeting says so.
    const { container, objects } = await meeting.tampered();
    objects.fields.set('homeLocation', { text: 'Van het vorige plan', by: 'x', plan: plan.id });
    const flagged = await until(member, 'the other plan\'s entry counted', (s) => s.otherPlanEntries === 1);
    assert.equal(flagged.fields.homeLocation, undefined);
    container.dispose();
    for (const s of [member, lead]) await s.leave();
  });

  it('carries the running time-box and the ticks of who is present on to the professional who takes over', async () => {
    const meeting = meetingOnService();
    const lead = await meeting.join(ORGANISER, { ...professional, name: 'Begeleider' });
    await until(lead, 'the lead', (s) => s.lead?.holderId === lead.selfId, 8000);
    const colleague = await meeting.join(PRESENTER, { ...professional, name: 'Wijkcoach' });
    const member = await meeting.join(ATTENDEE, person);
    const plan = completePlan();
    assert.equal(await lead.shareBase(liveViewOf(plan)), null);
    await until(colleague, 'the plan', (s) => s.base?.planId === plan.id && s.participants.length === 3);

    // Only the facilitator's ticks count, and only person ids travel.
    assert.equal(await member.shareAttendance(['s-joke']), 'notAllowed');
    assert.equal(await lead.shareAttendance(['s-ria', 'p-lotte']), null);
    await until(colleague, 'the ticks', (s) => s.attendeeIds?.join() === 's-ria,p-lotte');

    const boxMs = agendaItem('analysis')!.minutes * 60_000;
    const startedAt = Date.now();
    assert.equal(await lead.startAgendaItem('analysis'), null);
    await until(colleague, 'the running timer', (s) => s.timer.running && s.timer.itemId === 'analysis');
    await sleep(1500);

    await lead.leave();
    await until(colleague, 'the automatic take-over', (s) => s.lead?.holderId === colleague.selfId, 15_000);
    assert.deepEqual(colleague.snapshot().attendeeIds, ['s-ria', 'p-lotte'], 'the new facilitator starts with the ticks');

    // Someone who joins after the take-over hears the time-box, and the ticks, from the new facilitator.
    const late = await meeting.join(ATTENDEE, person);
    const seen = await until(late, 'the carried time-box', (s) => s.timer.itemId === 'analysis' && s.timer.running && s.timer.durationMs > 0);
    const leftNow = seen.timer.remainingMs - (Date.now() - seen.timer.at);
    const expected = boxMs - (Date.now() - startedAt);
    assert.ok(Math.abs(leftNow - expected) < 3000, `time left ${leftNow} ms, expected about ${expected} ms`);
    assert.ok(leftNow < boxMs - 1000, 'the time-box goes on, it does not start again');
    assert.equal(seen.timer.durationMs, boxMs, 'the time-box is still the agenda point\'s');
    await until(late, 'the ticks', (s) => s.attendeeIds?.join() === 's-ria,p-lotte');

    // Paused by the new facilitator, the next joiner sees it paused at the same time left.
    assert.equal(await colleague.pauseTimer(), null);
    const paused = await until(member, 'the paused timer', (s) => !s.timer.running);
    const later = await meeting.join(ATTENDEE, person);
    const pausedSeen = await until(later, 'the paused time-box', (s) => s.timer.itemId === 'analysis' && s.timer.durationMs > 0 && !s.timer.running);
    assert.ok(Math.abs(pausedSeen.timer.remainingMs - paused.timer.remainingMs) < 1000);

    for (const s of [later, late, member, colleague]) await s.leave();
  });
});

/**
 * The family's say in Chromium (issue 22, item 8), on live.html against the same local Fluid service: a family member's
 * own window says who they are and passes on their disagreement in their own words; the facilitator's save records it
 * in the plan's family agreement with the meeting's date and "in the meeting". One plan made in the editor, two windows.
 */
describe('the family\'s say in the browser', () => {
  const chromium = useBuildInChromium();
  const FAMILY = 'Bakker';
  const MOTHER = 'Sanne Bakker';
  const WORDS = 'Ik wil eerst met mijn zus praten over de opvang.';

  const newContext = async (width: number): Promise<BrowserContext> => {
    const escaped = service.endpoint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return cleanup.track(await chromium.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL', colorScheme: 'light' }, [new RegExp(`^${escaped}/`)]));
  };
  const liveUrl = (params: Record<string, string>) =>
    `${chromium.baseUrl}/live.html?${new URLSearchParams({ service: service.endpoint, ...params }).toString()}`;
  const join = async (page: Page, url: string, role: 'Begeleider' | 'Deelnemer', name: string) => {
    await page.goto(url);
    if (name) await page.getByRole('textbox', { name: /Uw naam/ }).fill(name);
    await page.getByRole('radio', { name: role }).check();
    await page.getByRole('button', { name: 'Meedoen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Netwerkberaad live' }).waitFor({ timeout: 20_000 });
  };
  const axeLightAndDark = async (page: Page, what: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      assert.deepEqual(await axeViolations(page), [], `axe on ${what} (${scheme})`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  };
  interface StoredSay { personId: string; stance: string; words: string; date: string | null; how: string | null }
  const storedPlan = (page: Page) => page.evaluate(() => new Promise<{ directPersons: Array<{ id: string; name: string }>; familyAgreement: StoredSay[] }>((resolve, reject) => {
    const open = indexedDB.open('veiligheidsplan');
    open.onerror = () => reject(new Error('no database'));
    open.onsuccess = () => {
      const request = open.result.transaction('plans', 'readonly').objectStore('plans').getAll();
      request.onsuccess = () => {
        resolve((request.result as Array<{ plan: { directPersons: Array<{ id: string; name: string }>; familyAgreement: StoredSay[] } }>)[0]!.plan);
        open.result.close();
      };
    };
  }));

  it('a family member picks their own name, disagrees in their own words, and the facilitator\'s save records it', async () => {
    const facilitator = await (await newContext(320)).newPage();
    const member = await (await newContext(320)).newPage();
    // The plan, made the way a user makes one: a family name and a mother (an adult family member).
    await facilitator.goto(`${chromium.baseUrl}/index.html`);
    await facilitator.getByRole('button', { name: 'Nieuw plan' }).click();
    await facilitator.getByRole('textbox', { name: 'Familienaam' }).fill(FAMILY);
    await goToSection(facilitator, /^1\. Wie maken/);
    await facilitator.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
    await facilitator.getByRole('group', { name: /^Gezinslid 1/ }).getByRole('textbox', { name: 'Naam' }).fill(MOTHER);
    await facilitator.getByText(/Opgeslagen|Alles is opgeslagen/).first().waitFor({ timeout: 10_000 });

    await join(facilitator, liveUrl({ view: 'panel' }), 'Begeleider', 'Begeleider');
    await facilitator.waitForURL(/live=/);
    const sessionId = new URL(facilitator.url()).searchParams.get('live') ?? '';
    await facilitator.getByRole('button', { name: `Delen in de vergadering: ${FAMILY}` }).click();
    await facilitator.getByRole('alertdialog', { name: 'Delen met iedereen in deze vergadering?' }).getByRole('button', { name: 'Delen', exact: true }).click();
    await join(member, liveUrl({ live: sessionId, view: 'panel' }), 'Deelnemer', '');

    // The member's own window: who they are, then a disagreement without words is refused with a clear message.
    const say = member.getByTestId('live-family-say');
    await say.getByRole('combobox', { name: 'Wie bent u?' }).selectOption({ label: MOTHER });
    await say.getByRole('radio', { name: 'Nee, ik stem niet in' }).check();
    await say.getByRole('button', { name: 'Doorgeven' }).click();
    await say.getByText('U stemt niet in: schrijf in uw eigen woorden op waarom niet.').waitFor();
    await axeLightAndDark(member, 'the refused say at 320 px');
    await say.getByRole('textbox', { name: 'In uw eigen woorden' }).fill(WORDS);
    await say.getByRole('button', { name: 'Doorgeven' }).click();
    await say.getByText('Doorgegeven. De gespreksleider legt het vast in het plan bij het opslaan.').waitFor();
    await axeLightAndDark(member, 'the passed-on say at 320 px');
    await screenshot(member, 'live-family-say-member-320');

    // Everyone sees what was passed on; the facilitator saves.
    await facilitator.getByTestId('live-says').getByText(`${MOTHER}: stemt niet in — "${WORDS}"`).waitFor({ timeout: 10_000 });
    await axeLightAndDark(facilitator, 'the facilitator\'s panel with the family\'s say at 320 px');
    await facilitator.getByRole('button', { name: 'Opslaan in het plan' }).click();
    await facilitator.getByText(/Opgeslagen als versie "Netwerkberaad \d{2}-\d{2}-\d{4}"/).waitFor({ timeout: 15_000 });

    const plan = await storedPlan(facilitator);
    const motherId = plan.directPersons.find((p) => p.name === MOTHER)?.id;
    const today = await facilitator.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    assert.deepEqual(plan.familyAgreement.map(({ personId, stance, words, date, how }) => ({ personId, stance, words, date, how })),
      [{ personId: motherId, stance: 'disagrees', words: WORDS, date: today, how: 'meeting' }]);
  });
});
