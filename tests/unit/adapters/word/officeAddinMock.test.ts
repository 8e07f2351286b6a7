import { OfficeMockObject } from 'office-addin-mock';
import { wordMock } from './officeAddinWordMock';
import { WordDocument, createWordDocument } from '../../../../src/adapters/word';
import { TEMPLATE } from '../../../../src/domain';
import type { Field } from '../../../../src/domain';
import { detectOfficeHost } from '../../../../src/hosts/word/officeHost';
import type { OfficeLike } from '../../../../src/hosts/word/officeHost';
import { completePlan } from '../../../fixtures';
import { planWithAgreements } from './plans';

function leaves(fields: ReadonlyArray<Field>): number {
  return fields.reduce((n, f) => n + (f.kind === 'group' ? leaves(f.fields) : 1), 0);
}

describe('WordDocument on office-addin-mock', () => {
  afterEach(() => {
    delete (globalThis as { Word?: unknown }).Word;
  });

  it('inserts the empty template through Word.run with one control per template field, in 2 syncs (content, then help texts)', async () => {
    const { mock, calls, counter } = wordMock();
    (globalThis as { Word?: unknown }).Word = mock;
    await createWordDocument().insertTemplate('nl');
    expect(calls.cellControls).toBe(leaves(TEMPLATE.flatMap((s) => s.fields)));
    expect(calls.texts).toBe(1); // only the hidden link gets text: every field is empty, showing its help
    expect(counter.syncs).toBe(2);
  });

  it.each([10, 50, 200])('inserts a plan with %i agreements in 2 syncs whatever its size', async (count) => {
    const { mock, calls, counter } = wordMock();
    const word = new WordDocument((batch) => mock.run(batch));
    await word.insertPlan(planWithAgreements(count), 'nl');
    expect(counter.syncs).toBe(2);
    expect(word.lastPlaceholders).toBe('set');
    expect(calls.cellControls).toBeGreaterThan(count * 4);
  });

  it('on Word on the web, inserts the plan although the help texts are refused (office-js #785), still in 2 syncs', async () => {
    const { mock, calls, counter } = wordMock('web');
    const word = new WordDocument((batch) => mock.run(batch));
    await word.insertPlan(planWithAgreements(50), 'nl');
    expect(counter.syncs).toBe(2);
    expect(word.lastPlaceholders).toBe('refused');
    expect(calls.cellControls).toBeGreaterThan(50 * 4);
  });

  it('on Word on the web, a placeholder queued with the content fails the whole batch (why they go in their own)', async () => {
    const { mock } = wordMock('web');
    const batch = mock.run(async (context: unknown) => {
      const word = context as { document: { body: { insertParagraph(t: string, l: 'End'): { insertContentControl(): { placeholderText: string } } } }; sync(): Promise<void> };
      word.document.body.insertParagraph('', 'End').insertContentControl().placeholderText = 'Hulptekst';
      await word.sync();
    });
    await expect(batch).rejects.toMatchObject({ code: 'NotAllowed' });
  });

  it('wraps each list table in a control, so update can find it again', async () => {
    const { mock, calls } = wordMock();
    await new WordDocument((batch) => mock.run(batch)).insertPlan(completePlan(), 'nl');
    const flatLists = TEMPLATE.flatMap((s) => s.fields).filter((f) => f.kind === 'textList' || (f.kind === 'group' && f.fields.every((x) => x.kind !== 'group')));
    const nestedInEvaluations = completePlan().evaluations.length * 3;
    expect(calls.tableWrappers).toBe(flatLists.length + nestedInEvaluations);
  });
});

describe('detectOfficeHost()', () => {
  it('recognises Word and takes the locale from Word\'s display language', async () => {
    const office = new OfficeMockObject({ context: { displayLanguage: 'en-US' }, onReady: async () => ({ host: 'Word', platform: 'OfficeOnline' }) });
    office.context.load('displayLanguage');
    await office.context.sync();
    await expect(detectOfficeHost(office as unknown as OfficeLike, 'nl-NL')).resolves.toEqual({ inWord: true, locale: 'en' });
  });

  it('is not in Word when office.js reports another host, or none (a plain browser)', async () => {
    const excel = new OfficeMockObject({ onReady: async () => ({ host: 'Excel' }) });
    await expect(detectOfficeHost(excel as unknown as OfficeLike, 'nl-NL')).resolves.toMatchObject({ inWord: false });
    const browser = new OfficeMockObject({ onReady: async () => ({ host: null }) });
    await expect(detectOfficeHost(browser as unknown as OfficeLike, 'nl-NL')).resolves.toEqual({ inWord: false, locale: 'nl' });
  });

  it('is not in Word when office.js is missing or never answers', async () => {
    await expect(detectOfficeHost(undefined, 'en-GB')).resolves.toEqual({ inWord: false, locale: 'en' });
    const silent = { onReady: () => new Promise<{ host: unknown }>(() => undefined) };
    await expect(detectOfficeHost(silent, 'nl-NL', 20)).resolves.toEqual({ inWord: false, locale: 'nl' });
  });
});
