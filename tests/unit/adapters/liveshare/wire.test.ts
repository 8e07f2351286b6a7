import { parseDecisionsState, parseFieldValue, parseLeadState, parsePresenceData, parseProposal } from '../../../../src/adapters/liveshare/wire';
import { localTokenProvider } from '../../../../src/adapters/liveshare/localToken';

describe('what travels between the clients of a meeting', () => {
  const presence = { v: 1, id: 'abc', name: null, role: 'participant', sectionId: 'goals', typingIn: 'smallRelapse' };

  it('takes well-formed presence, fields and proposals', () => {
    // A window of an earlier build says nothing about leading: it does not lead from there.
    // Nor about which family member it is (the family's say, issue 22 item 8): nobody.
    expect(parsePresenceData(presence)).toEqual({ ...presence, leadsFromHere: false, personId: null });
    expect(parseFieldValue({ text: 'Bel oma', by: 'abc', plan: 'plan-1' })).toEqual({ text: 'Bel oma', by: 'abc', plan: 'plan-1' });
    const proposal = { plan: 'plan-1', id: 'p1', kind: 'agreement', text: 'Oom haalt op', goalId: null, when: 'dinsdag', who: ['s-ria'], status: 'open', proposedBy: 'abc' };
    expect(parseProposal(proposal)).toEqual(proposal);
  });

  it('takes a proposal from a client that names nobody (made before the agreement\'s people were chosen live)', () => {
    const old = { plan: 'plan-1', id: 'p1', kind: 'agreement', text: 'Oom haalt op', goalId: null, when: 'dinsdag', status: 'open', proposedBy: 'abc' };
    expect(parseProposal(old)).toEqual({ ...old, who: [] });
  });

  it('drops a field or proposal that does not say which plan it was made for (issue 22: entries are keyed to their plan)', () => {
    expect(parseFieldValue({ text: 'Bel oma', by: 'abc' })).toBeNull();
    expect(parseProposal({ id: 'p1', kind: 'agreement', text: 'x', goalId: null, when: '', who: [], status: 'open', proposedBy: 'abc' })).toBeNull();
    expect(parseFieldValue({ text: 'Bel oma', by: 'abc', plan: 'constructor' })).toBeNull();
  });

  it('drops what another version of the app, or a tampered client, might send', () => {
    expect(parsePresenceData({ ...presence, role: 'admin' })).toBeNull();
    expect(parsePresenceData({ ...presence, typingIn: 'goals' })).toBeNull();
    expect(parsePresenceData({ ...presence, v: 2 })).toBeNull();
    expect(parseFieldValue({ text: 'x'.repeat(100_000), by: 'abc' })).toBeNull();
    expect(parseProposal({ id: 'p1', kind: 'condition', text: 'x', goalId: null, when: '', status: 'open', proposedBy: 'a' })).toBeNull();
    expect(parseProposal(undefined)).toBeNull();
    expect(parseProposal({ id: 'p1', kind: 'agreement', text: 'x', goalId: null, when: '', who: [''], status: 'open', proposedBy: 'a' })).toBeNull();
    expect(parseProposal({ id: 'p1', kind: 'agreement', text: 'x', goalId: null, when: '', who: 'p-lotte', status: 'open', proposedBy: 'a' })).toBeNull();
  });
});

describe('localTokenProvider()', () => {
  it('makes unsigned tokens whose claims name the tenant, document, scopes and an unnamed user', async () => {
    const { jwt } = await localTokenProvider('user-1', () => 1000).fetchOrdererToken('local', 'doc-1');
    const [header, claims, signature] = jwt.split('.');
    const decode = (part: string | undefined) => JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as unknown;
    expect(decode(header)).toEqual({ alg: 'none', typ: 'JWT' });
    expect(decode(claims)).toEqual({
      documentId: 'doc-1', scopes: ['doc:read', 'doc:write', 'summary:write'], tenantId: 'local', user: { id: 'user-1', name: '' }, iat: 1000, exp: 4600, ver: '1.0',
    });
    expect(signature).toBe('');
  });

  it('takes the people an accepting professional chose, and the meeting entry of the last save, and older states without them', () => {
    const decisions = { v: 1, decisions: { a1: 'accepted' }, who: { a1: ['mother', 'pro'] } };
    expect(parseDecisionsState(decisions)).toEqual(decisions);
    expect(parseDecisionsState({ v: 1, decisions: { a1: 'declined' } })).toEqual({ v: 1, decisions: { a1: 'declined' } });
    expect(parseDecisionsState({ ...decisions, who: { a1: 'mother' } })).toBeNull();
    const lead = { v: 1, claim: null, baseDigest: null, saved: { token: 't', at: 1, meetingEntryId: 'nm-1' } };
    expect(parseLeadState(lead)).toEqual(lead);
    expect(parseLeadState({ ...lead, saved: { token: 't', at: 1 } })).toEqual({ ...lead, saved: { token: 't', at: 1 } });
    expect(parseLeadState({ ...lead, saved: { token: 't', at: 1, meetingEntryId: '' } })).toBeNull();
  });

  it('takes the facilitator\'s ticks of who is present as person ids only, and a lead state of an older window without them', () => {
    const lead = { v: 1, claim: null, baseDigest: null, saved: null };
    expect(parseLeadState({ ...lead, attendees: ['s-ria', 'p-lotte'] })).toEqual({ ...lead, attendees: ['s-ria', 'p-lotte'] });
    expect(parseLeadState(lead)).toEqual(lead);
    expect(parseLeadState({ ...lead, attendees: [{ id: 's-ria', name: 'Ria' }] })).toBeNull();
    expect(parseLeadState({ ...lead, attendees: ['s-ria', ''] })).toBeNull();
    expect(parseLeadState({ ...lead, attendees: 's-ria' })).toBeNull();
    expect(parseLeadState({ ...lead, attendees: Array.from({ length: 1000 }, (_, i) => `p${i}`) })).toBeNull();
  });
});
