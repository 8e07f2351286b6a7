import { checkPlan, createEmptyPlan, parsePlanText, serializePlan } from '../../../src/domain';
import { prepareImport, withoutImportedOnlyParts } from '../../../src/domain/import';
import { FIXTURE_TODAY, completePlan } from '../../fixtures';

describe('prepareImport()', () => {
  it('gives the imported plan the new id, whatever id the file had', () => {
    const plan = { ...completePlan(), id: 'fixture-bakker-yilmaz' };
    expect(prepareImport(plan, 'b3f1c2d4-0000-4000-8000-000000000001').plan.id).toBe('b3f1c2d4-0000-4000-8000-000000000001');
  });

  it('drops the evaluation\'s and the network meetings\' calendar references, and lists them', () => {
    const plan = completePlan();
    expect(plan.evaluationEvent).not.toBeNull();
    const withEvent = plan.networkMeetings.findIndex((meeting) => meeting.event !== null);
    expect(withEvent).toBeGreaterThanOrEqual(0);

    const { plan: imported, dropped } = prepareImport(plan, 'new-id');

    expect(imported.evaluationEvent).toBeNull();
    expect(imported.networkMeetings.every((meeting) => meeting.event === null)).toBe(true);
    expect(dropped).toContainEqual({ kind: 'evaluationMeeting', date: plan.evaluationDate });
    expect(dropped).toContainEqual({ kind: 'networkMeeting', index: withEvent, date: plan.networkMeetings[withEvent]?.date ?? null });
    // The meeting itself (date, notes, who came) is content and stays.
    expect(imported.networkMeetings.map(({ event: _event, ...rest }) => rest)).toEqual(plan.networkMeetings.map(({ event: _event, ...rest }) => rest));
    expect(imported.evaluationDate).toBe(plan.evaluationDate);
  });

  it('drops the consent to send a copy, and names the recipient', () => {
    const plan = completePlan();
    const consented = plan.copyRecipients.filter((r) => r.consentGiven);
    expect(consented.length).toBeGreaterThan(0);

    const { plan: imported, dropped } = prepareImport(plan, 'new-id');

    expect(imported.copyRecipients.every((r) => !r.consentGiven && r.consentDate === null && r.consentById === null)).toBe(true);
    expect(imported.copyRecipients.map((r) => [r.name, r.email, r.receives])).toEqual(plan.copyRecipients.map((r) => [r.name, r.email, r.receives]));
    for (const recipient of consented) expect(dropped).toContainEqual(expect.objectContaining({ kind: 'copyConsent', name: recipient.name }));
  });

  it('drops who gave the consent with the consent, so the copy asks for a new consent and giver', () => {
    const plan = completePlan();
    const recipient = plan.copyRecipients[0];
    const giver = plan.directPersons[0];
    if (!recipient || !giver) throw new Error('fixture has a copy recipient and a directly involved person');
    const file = { ...plan, copyRecipients: [{ ...recipient, consentGiven: true, consentDate: '2026-11-18', consentById: giver.id }] };
    const { plan: imported, dropped } = prepareImport(file, 'new-id');
    expect(imported.copyRecipients[0]).toEqual({ ...recipient, consentGiven: false, consentDate: null, consentById: null });
    expect(dropped).toContainEqual({ kind: 'copyConsent', index: 0, name: recipient.name });
    expect(parsePlanText(serializePlan(imported)).ok).toBe(true);
  });

  it('drops a consent giver left without the consent flag or date too', () => {
    const plan = completePlan();
    const recipient = plan.copyRecipients[0];
    const giver = plan.directPersons[0];
    if (!recipient || !giver) throw new Error('fixture has a copy recipient and a directly involved person');
    const file = { ...plan, copyRecipients: [{ ...recipient, consentGiven: false, consentDate: null, consentById: giver.id }] };
    const { plan: imported, dropped } = prepareImport(file, 'new-id');
    expect(imported.copyRecipients[0]?.consentById).toBeNull();
    expect(dropped).toContainEqual({ kind: 'copyConsent', index: 0, name: recipient.name });
  });

  it('drops a consent date left without the consent flag too', () => {
    const plan = completePlan();
    const recipient = plan.copyRecipients[0];
    if (!recipient) throw new Error('fixture has a copy recipient');
    const file = { ...plan, copyRecipients: [{ ...recipient, consentGiven: false, consentDate: '2026-11-18' }] };
    const { plan: imported, dropped } = prepareImport(file, 'new-id');
    expect(imported.copyRecipients[0]?.consentDate).toBeNull();
    expect(dropped).toContainEqual({ kind: 'copyConsent', index: 0, name: recipient.name });
  });

  it('drops nothing from a plan without meetings or consent, and changes only the id', () => {
    const plan = createEmptyPlan('old-id');
    const { plan: imported, dropped } = prepareImport(plan, 'new-id');
    expect(dropped).toEqual([]);
    expect(imported).toEqual({ ...plan, id: 'new-id' });
  });

  it('does not change the plan it is given', () => {
    const plan = completePlan();
    const before = serializePlan(plan);
    prepareImport(plan, 'new-id');
    expect(serializePlan(plan)).toBe(before);
  });

  it('gives a plan that the schema accepts', () => {
    const { plan } = prepareImport(completePlan(), 'a-new-id');
    expect(parsePlanText(serializePlan(plan)).ok).toBe(true);
  });
});

describe('withoutImportedOnlyParts()', () => {
  it('makes an export and its re-import equal', () => {
    const original = completePlan();
    const reimported = prepareImport(original, 'another-id').plan;
    expect(serializePlan(withoutImportedOnlyParts(reimported))).toBe(serializePlan(withoutImportedOnlyParts(original)));
  });
});

describe('prepareImport(): the status gate and share records', () => {
  it.each(['active', 'evaluated', 'closed'] as const)('imports a file marked %s as a draft, without a closure, and lists the status', (status) => {
    const closure = status === 'closed' ? { outcome: 'report' as const, reason: 'Melding gedaan', date: '2026-11-20' } : null;
    const { plan, dropped } = prepareImport({ ...completePlan(), status, closure }, 'new-id');
    expect(plan.status).toBe('draft');
    expect(plan.closure).toBeNull();
    expect(dropped).toContainEqual({ kind: 'status', status });
  });

  it('drops the original plan\'s share records, so this plan can never revoke the original\'s access', () => {
    const file = completePlan();
    expect(file.copyShares.length).toBeGreaterThan(0);
    const { plan, dropped } = prepareImport(file, 'new-id');
    expect(plan.copyShares).toEqual([]);
    expect(dropped).toContainEqual({ kind: 'shares', count: file.copyShares.length });
  });

  it('lists nothing for a draft without shares', () => {
    const { dropped } = prepareImport({ ...createEmptyPlan('x') }, 'new-id');
    expect(dropped).toEqual([]);
  });
});

describe('prepareImport(): the family\'s agreement', () => {
  it('does not take the family\'s agreement from a file: it was given to the original plan, and is listed', () => {
    const file = completePlan();
    expect(file.familyAgreement).toHaveLength(2);
    const { plan, dropped } = prepareImport(file, 'new-id');
    expect(plan.familyAgreement).toEqual([]);
    expect(dropped).toContainEqual({ kind: 'familyAgreement', count: 2, reason: false });
    // The imported plan asks for it again before it can go into force.
    expect(checkPlan({ ...plan, status: 'draft' }, FIXTURE_TODAY).some((f) => f.ruleId === 'family-agreement')).toBe(true);
  });

  it('does not take a reason why the agreement was missing from a file either (activation accepts it in its place)', () => {
    const file = { ...completePlan(), familyAgreement: [], familyAgreementReason: 'Vader was niet bereikbaar; moeder tekent volgende week.' };
    const { plan, dropped } = prepareImport(file, 'new-id');
    expect(plan.familyAgreementReason).toBe('');
    expect(dropped).toContainEqual({ kind: 'familyAgreement', count: 0, reason: true });
  });

  it('drops a consent given by others beside the giver too (schema 5: the young person and the parents)', () => {
    const plan = completePlan();
    const recipient = { ...plan.copyRecipients[0]!, consentGiven: false, consentDate: null, consentById: null, consentAlsoByIds: ['d-sanne'] };
    const { plan: imported, dropped } = prepareImport({ ...plan, copyRecipients: [recipient] }, 'new-id');
    expect(imported.copyRecipients[0]?.consentAlsoByIds).toEqual([]);
    expect(dropped).toContainEqual({ kind: 'copyConsent', index: 0, name: recipient.name });
  });
});
