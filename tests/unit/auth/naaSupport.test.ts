/**
 * @jest-environment node
 */
import { nestedAppAuth } from '@microsoft/teams-js';
import { defaultNaaCheck, officeSupportsNaa, teamsRecommendsNaa } from '../../../src/auth/naaSupport';

jest.mock('@microsoft/teams-js', () => ({ nestedAppAuth: { isNAAChannelRecommended: jest.fn() } }));

describe('officeSupportsNaa()', () => {
  it('asks Office for the NestedAppAuth 1.1 requirement set', () => {
    const isSetSupported = jest.fn(() => true);
    expect(officeSupportsNaa({ context: { requirements: { isSetSupported } } })).toBe(true);
    expect(isSetSupported).toHaveBeenCalledWith('NestedAppAuth', '1.1');
  });

  it('says no for an Office without the set, without office.js, or when the check throws', () => {
    expect(officeSupportsNaa({ context: { requirements: { isSetSupported: () => false } } })).toBe(false);
    expect(officeSupportsNaa(undefined)).toBe(false);
    expect(officeSupportsNaa({ context: { requirements: { isSetSupported: () => { throw new Error('old office'); } } } })).toBe(false);
  });
});

describe('teamsRecommendsNaa()', () => {
  it('follows isNAAChannelRecommended()', () => {
    expect(teamsRecommendsNaa({ isNAAChannelRecommended: () => true })).toBe(true);
    expect(teamsRecommendsNaa({ isNAAChannelRecommended: () => false })).toBe(false);
  });

  it('says no when teams-js was not initialised (it throws then)', () => {
    expect(teamsRecommendsNaa({ isNAAChannelRecommended: () => { throw new Error('app.initialize() not called'); } })).toBe(false);
  });
});

describe('defaultNaaCheck()', () => {
  afterEach(() => { delete (globalThis as { Office?: unknown }).Office; });

  it('asks teams-js in Teams', async () => {
    jest.mocked(nestedAppAuth.isNAAChannelRecommended).mockReturnValue(true);
    await expect(defaultNaaCheck('teams')()).resolves.toBe(true);
    jest.mocked(nestedAppAuth.isNAAChannelRecommended).mockReturnValue(false);
    await expect(defaultNaaCheck('teams')()).resolves.toBe(false);
  });

  it('asks the global Office object in Word', async () => {
    (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: () => true } } };
    await expect(defaultNaaCheck('word')()).resolves.toBe(true);
  });

  it('never uses NAA on the plain web page', async () => {
    await expect(defaultNaaCheck('web')()).resolves.toBe(false);
  });
});
