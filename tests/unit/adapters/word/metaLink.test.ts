import { WordDocument } from '../../../../src/adapters/word';
import { renderDocument } from '../../../../src/adapters/word/layout';
import { proposedFromDocument } from '../../../../src/domain';
import type { Plan } from '../../../../src/domain';
import { completePlan } from '../../../fixtures';
import { FakeWordDocument } from './fakeWord';

/** Issue 25 item 3: the hidden link (`vp:meta`) carries ids only, and a link edited by hand changes nothing. */

function linkText(plan: Plan): string {
  const meta = renderDocument(plan, 'nl').at(-1);
  if (meta?.kind !== 'meta') throw new Error('the document ends with its link');
  return meta.control.text;
}

/**
 * The complete plan with every id replaced by a random one, as the app makes them (factory.ts `newId`). The fixture's
 * hand-written ids (`d-sanne`, `fixture-bakker-yilmaz`) spell names on purpose, to be readable in tests; ids the app
 * makes never do, and an import gives the plan a random id of its own (import.ts).
 */
function withAppIds(plan: Plan): Plan {
  let json = JSON.stringify(plan);
  const ids = new Set([...json.matchAll(/"id":"([A-Za-z0-9_-]+)"/g)].map((m) => m[1]!));
  for (const id of ids) json = json.replaceAll(`"${id}"`, `"${globalThis.crypto.randomUUID()}"`);
  return JSON.parse(json) as Plan;
}

/** Every name of the plan, whole and by part (4+ letters), and the family name: none may be in the link. */
function namesOf(plan: Plan): string[] {
  const whole = [plan.familyName, ...[...plan.directPersons, ...plan.socialNetwork, ...plan.professionals, ...plan.copyRecipients].map((p) => p.name)];
  const organisers = [plan.evaluationEvent, ...plan.networkMeetings.map((m) => m.event)].flatMap((e) => (e?.organizerName ? [e.organizerName] : []));
  return [...whole, ...organisers].flatMap((n) => [n, ...n.split(/[\s-]+/)]).filter((n) => n.length >= 4 && !['van', 'de', 'der'].includes(n.toLowerCase()));
}

describe('the Word link (vp:meta)', () => {
  it('of the complete example plan holds no @, no URL, no name, no share id and no free text', () => {
    const plan = withAppIds(completePlan());
    const link = linkText(plan);
    expect(link).not.toContain('@');
    expect(link).not.toMatch(/https?:|:\/\//);
    for (const name of namesOf(plan)) expect(link.toLowerCase()).not.toContain(name.toLowerCase());
    for (const share of plan.copyShares) {
      for (const secret of [share.fileItemId, ...share.permissionIds]) expect(link).not.toContain(secret);
    }
    for (const text of [plan.closure?.reason, plan.copyRecipients[0]?.consentWithdrawnOn, 'organizer', 'joinUrl', 'status', 'copyShares']) {
      if (text) expect(link).not.toContain(text);
    }
  });

  it('holds only the plan\'s id, schema and version, and per row its id and bookkeeping numbers', () => {
    const plan = completePlan();
    const link = JSON.parse(linkText(plan)) as { plan: Record<string, unknown>; rows: Record<string, Record<string, unknown>> };
    expect(link.plan).toEqual({ id: plan.id, schemaVersion: plan.schemaVersion, version: plan.version });
    const rowKeys = new Set(Object.values(link.rows).flatMap((row) => Object.keys(row)));
    expect([...rowKeys].sort()).toEqual(['agreementId', 'agreementIds', 'id', 'mustBeInformed', 'planVersion', 'subjectId']);
  });

  it('edited by hand, changes nothing but what the form shows: status, closure, shares, meetings and consent stay the stored plan\'s', async () => {
    const stored = completePlan();
    const doc = new FakeWordDocument();
    const word = new WordDocument(doc.run);
    await word.insertPlan(stored, 'nl');
    const meta = doc.controlsTagged('vp:meta')[0]!;
    const link = JSON.parse(meta.text) as { plan: Record<string, unknown>; rows: Record<string, Record<string, unknown>> };
    Object.assign(link.plan, {
      status: 'closed', version: 7, revisionOf: 'other', closure: { outcome: 'safe-enough', reason: 'x', date: '2026-11-20' },
      copyShares: [{ id: 's', recipientId: 'cr-1', email: 'a@b.invalid', what: { kind: 'plan' }, sharedOn: '2026-11-20', fileItemId: 'ANY', permissionIds: ['p'], revokedOn: null, revokedBecause: null }],
      evaluationEvent: { eventId: 'forged', joinUrl: 'https://teams.invalid/x', transactionId: 't' },
    });
    for (const [key, row] of Object.entries(link.rows)) {
      if (key.startsWith('copyRecipients')) row.consentWithdrawnOn = null;
      if (key.startsWith('networkMeetings')) row.event = null;
    }
    meta.setText(JSON.stringify(link));
    const read = await word.readPlan('nl');
    if (read.kind !== 'plan') throw new Error(read.kind);
    expect(read.problems).toEqual([]);
    expect(read.plan.status).toBe('draft');
    expect(proposedFromDocument(stored, read.plan)).toEqual(stored);
  });

  it('of a document written before (with the fuller link) is still read, its extra keys left out', async () => {
    const stored = completePlan();
    const doc = new FakeWordDocument();
    const word = new WordDocument(doc.run);
    await word.insertPlan(stored, 'nl');
    const meta = doc.controlsTagged('vp:meta')[0]!;
    const link = JSON.parse(meta.text) as { plan: Record<string, unknown>; rows: Record<string, Record<string, unknown>> };
    // What the link held before issue 25: every plan key that is no form field, and every hidden row key.
    Object.assign(link.plan, { status: stored.status, copyShares: stored.copyShares, evaluationEvent: stored.evaluationEvent, closure: stored.closure, revisionOf: null });
    link.rows['networkMeetings[k1]'] = { ...link.rows['networkMeetings[k1]'], event: stored.networkMeetings[0]!.event };
    meta.setText(JSON.stringify(link));
    const read = await word.readPlan('nl');
    if (read.kind !== 'plan') throw new Error(read.kind);
    expect(read.planId).toBe(stored.id);
    expect(read.problems).toEqual([]);
    expect(proposedFromDocument(stored, read.plan)).toEqual(stored);
  });
});
