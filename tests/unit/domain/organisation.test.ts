import { DEFAULT_AUTHORITY_NAME, TEMPLATE, buildTemplate, checkPlan, organisationSettings } from '../../../src/domain';
import type { Section } from '../../../src/domain';
import { loadConfig } from '../../../src/config';
import { FIXTURE_TODAY, completePlan } from '../../fixtures';

const allTexts = (sections: ReadonlyArray<Section>): string => JSON.stringify(sections);

describe('the authority is an organisation setting', () => {
  it('defaults to "Veilig Thuis", and a blank name falls back to it', () => {
    expect(DEFAULT_AUTHORITY_NAME).toBe('Veilig Thuis');
    expect(organisationSettings(undefined)).toEqual({ authorityName: 'Veilig Thuis' });
    expect(organisationSettings('  ')).toEqual({ authorityName: 'Veilig Thuis' });
    expect(organisationSettings(' Samen Veilig ')).toEqual({ authorityName: 'Samen Veilig' });
  });

  it('is read from VP_AUTHORITY_NAME in the config, in local and in tenant mode', () => {
    expect(loadConfig({}).authorityName).toBe('Veilig Thuis');
    expect(loadConfig({ VP_AUTHORITY_NAME: ' Samen Veilig Midden-Nederland ' }).authorityName).toBe('Samen Veilig Midden-Nederland');
    const tenant = loadConfig({ VP_CLIENT_ID: '00000000-0000-0000-0000-000000000001', VP_AUTHORITY_NAME: 'Veilig Thuis Utrecht' });
    expect(tenant).toMatchObject({ mode: 'tenant', authorityName: 'Veilig Thuis Utrecht' });
  });

  it('fills the template\'s texts with the name passed in, never the hard-coded "Veilig Thuis of SAVE"', () => {
    const regional = allTexts(buildTemplate({ authorityName: 'Samen Veilig Midden-Nederland' }));
    expect(regional).toContain('Wanneer wordt Samen Veilig Midden-Nederland geïnformeerd?');
    expect(regional).not.toContain('Veilig Thuis of SAVE');
    expect(allTexts(TEMPLATE)).toContain('Wanneer wordt Veilig Thuis geïnformeerd?');
  });

  it('keeps the form itself the same whatever the name: same sections and field ids', () => {
    const ids = (sections: ReadonlyArray<Section>) => sections.map((s) => [s.id, s.fields.map((f) => f.id)]);
    expect(ids(buildTemplate({ authorityName: 'X' }))).toEqual(ids(TEMPLATE));
  });

  it('names the authority in the quality check\'s messages', () => {
    const plan = { ...completePlan(), informAuthorityWhen: '', goals: completePlan().goals.map((g, i) => (i === 0 ? { ...g, source: '' } : g)) };
    const messages = checkPlan(plan, FIXTURE_TODAY, { authorityName: 'Samen Veilig' }).map((f) => f.message).join('\n');
    expect(messages).toContain('wanneer Samen Veilig wordt geïnformeerd');
    expect(messages).toContain('het rapport van Samen Veilig');
  });
});
