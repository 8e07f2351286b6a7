import {
  CURRENT_SCHEMA_VERSION, applyEdit, checkPlan, copyChoiceLabel, createEmptyPlan, isOutsideOrganisation, mergePlans, parseCopyChoice, parsePlan,
  pendingRevocations, recipientAsPerson, removePerson, resolveCopy, withdrawConsent,
} from '../../../src/domain';
import type { CopyChoice, Plan } from '../../../src/domain';
import { migrate, migrateCopyChoices } from '../../../src/domain/migrations';
import { basePlan } from '../adapters/graph/planFixture';

const names: Record<string, string> = { pro: 'Fatima El Amrani', child: 'Sem Jansen' };
const personName = (id: string) => names[id];
const idByName = (name: string) => Object.keys(names).find((id) => names[id]!.toLowerCase() === name.toLowerCase());

describe('migration 3 -> 4 (migrateCopyChoices), through migrate on a v3 document', () => {
  const v3 = {
    ...createEmptyPlan('p1'), schemaVersion: 3, copyShares: undefined,
    copyRecipients: [
      { id: 'a', name: 'Oma', email: 'oma@example.org', receives: 'Volledig plan', consentGiven: true, consentDate: '2026-11-01', consentById: null },
      { id: 'b', name: 'School', email: 'school@example.org', receives: '  Alleen de afspraken over school ', consentGiven: false, consentDate: null, consentById: null },
      { id: 'c', name: 'GP', email: '', receives: '', consentGiven: false, consentDate: null, consentById: null },
    ],
  };

  it('gives every recipient the whole plan (what everyone got before), keeps a text that said more as the note, and starts an empty share record', () => {
    const result = migrate(structuredClone(v3));
    if (!result.ok) throw new Error('migration failed');
    const doc = result.value as Plan;
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(doc.copyRecipients.map((r) => [r.id, r.receives, r.receivesNote, r.consentWithdrawnOn])).toEqual([
      ['a', { kind: 'plan' }, '', null],
      ['b', { kind: 'plan' }, 'Alleen de afspraken over school', null],
      ['c', { kind: 'plan' }, '', null],
    ]);
    expect(doc.copyShares).toEqual([]);
    expect(parsePlan(structuredClone(v3)).ok).toBe(true);
  });

  it('is self-contained: it leaves other fields (the version number too) alone and copes with a missing recipient list', () => {
    const out = migrateCopyChoices({ schemaVersion: 3, familyName: 'X' });
    expect(out).toEqual({ schemaVersion: 3, familyName: 'X', copyRecipients: undefined, copyShares: [] });
  });
});

describe('copy choices in words (Word column, .docx cell) and back', () => {
  const cases: Array<[CopyChoice, string, string]> = [
    [{ kind: 'plan' }, 'Het hele plan', 'The whole plan'],
    [{ kind: 'overview', personId: 'pro' }, 'Eigen overzicht van Fatima El Amrani', 'Own overview of Fatima El Amrani'],
    [{ kind: 'overview', personId: null }, 'Eigen overzicht', 'Own overview'],
    [{ kind: 'childBook', childId: 'child' }, 'Kinderboek van Sem Jansen', "Children's book of Sem Jansen"],
    [{ kind: 'sections', sections: [6, 3, 4] }, 'Onderdelen 3, 4 en 6', 'Sections 3, 4 and 6'],
    [{ kind: 'sections', sections: [8] }, 'Onderdeel 8', 'Section 8'],
  ];
  it.each(cases)('%j reads "%s" / "%s", and both read back to the choice', (choice, nl, en) => {
    expect(copyChoiceLabel(choice, 'nl', personName)).toBe(nl);
    expect(copyChoiceLabel(choice, 'en', personName)).toBe(en);
    const expected = choice.kind === 'sections' ? { ...choice, sections: [...choice.sections].sort((a, b) => a - b) } : choice;
    expect(parseCopyChoice(nl, idByName)).toEqual({ ok: true, choice: expected });
    expect(parseCopyChoice(en, idByName)).toEqual({ ok: true, choice: expected });
  });

  it('reads what people type: other case, extra spaces, sections with "en" or spaces', () => {
    expect(parseCopyChoice('  eigen   overzicht van  fatima el amrani ', idByName)).toEqual({ ok: true, choice: { kind: 'overview', personId: 'pro' } });
    expect(parseCopyChoice('onderdelen 4 en 6', idByName)).toEqual({ ok: true, choice: { kind: 'sections', sections: [4, 6] } });
    expect(parseCopyChoice('', idByName)).toEqual({ ok: true, choice: { kind: 'plan' } });
  });

  it('gives a reason, never a throw, for text that is no choice', () => {
    expect(parseCopyChoice('Alleen de afspraken', idByName)).toEqual({ ok: false, reason: 'unknown' });
    expect(parseCopyChoice('Eigen overzicht van Onbekend Persoon', idByName)).toEqual({ ok: false, reason: 'person' });
    expect(parseCopyChoice('Onderdelen 3, 12', idByName)).toEqual({ ok: false, reason: 'sections' });
    expect(parseCopyChoice('Het hele plan en meer', idByName)).toEqual({ ok: false, reason: 'unknown' });
  });
});

describe('resolving a choice for a recipient', () => {
  it('an open overview is the recipient\'s own when their address or name is in the plan', () => {
    expect(recipientAsPerson(basePlan, { name: 'x', email: 'FATIMA@contoso.nl' })).toBe('pro');
    expect(recipientAsPerson(basePlan, { name: 'opa kees', email: '' })).toBe('grandpa');
    expect(resolveCopy(basePlan, { name: 'Onbekend', email: 'x@y.nl', receives: { kind: 'overview', personId: null } })).toEqual({ ok: false, problem: 'overview.noPerson' });
  });

  it('an open children\'s book is the only child\'s', () => {
    expect(resolveCopy(basePlan, { name: '', email: '', receives: { kind: 'childBook', childId: null } })).toEqual({ ok: true, copy: { kind: 'childBook', childId: 'child' } });
  });

  it('the quality check asks for a choice that comes to nothing', () => {
    const plan: Plan = { ...basePlan, copyRecipients: [{ ...basePlan.copyRecipients[0]!, receives: { kind: 'sections', sections: [] } }] };
    const findings = checkPlan(plan, new Date('2026-11-29T10:00:00')).filter((f) => f.path === '$.copyRecipients[0].receives');
    expect(findings.map((f) => f.message)).toEqual(['Kies welke onderdelen Huisarts krijgt, of kies een andere kopie.']);
  });

  it('removing a person opens the overview or book that was theirs', () => {
    const plan: Plan = { ...basePlan, copyRecipients: [
      { ...basePlan.copyRecipients[0]!, receives: { kind: 'overview', personId: 'grandpa' } },
      { ...basePlan.copyRecipients[1]!, receives: { kind: 'childBook', childId: 'child' } },
    ] };
    const after = removePerson(removePerson(plan, 'grandpa'), 'child');
    expect(after.copyRecipients.map((r) => r.receives)).toEqual([{ kind: 'overview', personId: null }, { kind: 'childBook', childId: null }]);
  });

  it('a reference to a person who is not in the plan is refused when the file is read', () => {
    const plan = { ...basePlan, copyRecipients: [{ ...basePlan.copyRecipients[0]!, receives: { kind: 'overview', personId: 'ghost' } }] };
    const result = parsePlan(JSON.parse(JSON.stringify(plan)));
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['$.copyRecipients[0].receives.personId']);
  });
});

describe('consent', () => {
  const shared: Plan = {
    ...basePlan,
    copyShares: [{ id: 's1', recipientId: 'r1', email: 'huisarts@example.org', what: { kind: 'plan' }, sharedOn: '2026-11-20', fileItemId: 'i1', permissionIds: ['p1'], revokedOn: null, revokedBecause: null }],
  };

  it('withdrawing records the date and clears the consent; the share is then to be revoked', () => {
    const after = withdrawConsent(shared, 'r1', '2026-11-29');
    expect(after.copyRecipients[0]).toMatchObject({ consentGiven: false, consentDate: null, consentById: null, consentWithdrawnOn: '2026-11-29' });
    expect(pendingRevocations(after).map((p) => p.reason)).toEqual(['consentWithdrawn']);
  });

  it('changing the address still clears the consent (it covers one address), and the old address\'s share is to be revoked', () => {
    // An address is changed in a draft (a plan in force changes through Bijstellen: statusGate.ts).
    const after = applyEdit({ ...shared, status: 'draft' }, ['copyRecipients', 0, 'email'], 'nieuw@example.org');
    if (!after.ok) throw new Error('edit refused');
    expect(after.plan.copyRecipients[0]).toMatchObject({ consentGiven: false, consentDate: null });
    expect(pendingRevocations(after.plan).map((p) => p.reason)).toEqual(['consentWithdrawn']);
  });

  it('tells addresses outside the organisation by their domain, and does not guess without domains', () => {
    expect(isOutsideOrganisation('a@Contoso.nl', ['contoso.nl'])).toBe(false);
    expect(isOutsideOrganisation('a@gmail.com', ['contoso.nl'])).toBe(true);
    expect(isOutsideOrganisation('a@gmail.com', [])).toBeNull();
  });
});

describe('merging two editors\' copy choices', () => {
  it('two different kinds of copy are one conflict on the choice, never a mix of both', () => {
    const base = basePlan;
    const mine: Plan = { ...base, copyRecipients: base.copyRecipients.map((r, i) => (i === 0 ? { ...r, receives: { kind: 'overview', personId: 'pro' } } : r)) };
    const theirs: Plan = { ...base, copyRecipients: base.copyRecipients.map((r, i) => (i === 0 ? { ...r, receives: { kind: 'sections', sections: [4] } } : r)) };
    const result = mergePlans(base, mine, theirs, 'theirs');
    expect(result.conflicts).toEqual(['$.copyRecipients[id=r1].receives']);
    expect(result.merged.copyRecipients[0]!.receives).toEqual({ kind: 'sections', sections: [4] });
    expect(parsePlan(JSON.parse(JSON.stringify(result.merged))).ok).toBe(true);
  });
});
