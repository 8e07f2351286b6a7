import { WordDocument } from '../../../../src/adapters/word';
import type { DocumentReadResult } from '../../../../src/app/ports';
import type { Plan } from '../../../../src/domain';
import { completePlan } from '../../../fixtures';
import { FakeWordDocument } from './fakeWord';
import { FakeOfficeError, WEB_DEFAULT_PLACEHOLDER } from './fakeWordWeb';
import { documentPart, planWithAgreements } from './plans';

/**
 * Word on the web refuses some statements that the desktop takes (fakeWordWeb.ts cites the office-js issues).
 * First the fake's web mode against those reports, then the adapter on it: every action must still work.
 */

function planOf(result: DocumentReadResult): Extract<DocumentReadResult, { kind: 'plan' }> {
  if (result.kind !== 'plan') throw new Error('expected a plan in the document');
  return result;
}

describe('FakeWordDocument in web mode', () => {
  it('rejects the sync that sets a placeholder with NotAllowed (office-js #785, #1515), and the desktop takes it', async () => {
    const web = new FakeWordDocument('web');
    const attempt = web.run(async (context) => {
      context.document.body.insertParagraph('', 'End').insertContentControl().placeholderText = 'Hulptekst';
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'NotAllowed', debugInfo: { errorLocation: 'ContentControl.placeholderText' } });
    expect(web.controls()[0]?.placeholderText).toBe(WEB_DEFAULT_PLACEHOLDER);

    const desktop = new FakeWordDocument();
    await desktop.run(async (context) => {
      context.document.body.insertParagraph('', 'End').insertContentControl().placeholderText = 'Hulptekst';
      await context.sync();
    });
    expect(desktop.controls()[0]?.placeholderText).toBe('Hulptekst');
  });

  it('rejects an insert into a control that was cleared of a table with GeneralException (office-js #6330)', async () => {
    const doc = new FakeWordDocument('web');
    const attempt = doc.run(async (context) => {
      const holder = context.document.body.insertParagraph('', 'End').insertContentControl();
      holder.insertTable(1, 1, 'End', [['x']]);
      await context.sync();
      holder.clear();
      await context.sync();
      holder.insertParagraph('nieuw', 'End');
      await context.sync();
    });
    await expect(attempt).rejects.toBeInstanceOf(FakeOfficeError);
    await expect(attempt).rejects.toMatchObject({ code: 'GeneralException', debugInfo: { errorLocation: 'Body.insertParagraph' } });
    expect(doc.syncs).toBe(3);
    expect(doc.failedSyncs).toBe(1);
  });

  it('lets a control without tables be cleared and refilled, and deletes a control with its content', async () => {
    const doc = new FakeWordDocument('web');
    await doc.run(async (context) => {
      const holder = context.document.body.insertParagraph('oud', 'End').insertContentControl();
      holder.clear();
      holder.insertParagraph('nieuw', 'End');
      const other = context.document.body.insertParagraph('', 'End').insertContentControl();
      other.insertTable(1, 1, 'End', [['weg']]);
      other.delete(false);
      await context.sync();
    });
    expect(doc.controls()).toHaveLength(1);
    expect(doc.textOutsideControls()).toEqual([]);
  });
});

describe('WordDocument on Word on the web', () => {
  function web() {
    const doc = new FakeWordDocument('web');
    return { doc, word: new WordDocument(doc.run) };
  }

  it('inserts the whole template although every placeholder is refused, in 2 syncs', async () => {
    const { doc, word } = web();
    await word.insertTemplate('nl');
    expect(doc.syncs).toBe(2);
    expect(doc.failedSyncs).toBe(1);
    expect(word.lastPlaceholders).toBe('refused');
    const desktop = new FakeWordDocument();
    await new WordDocument(desktop.run).insertTemplate('nl');
    expect(doc.controls().map((c) => c.tag)).toEqual(desktop.controls().map((c) => c.tag));
  });

  it('reads a template inserted on the web as empty: Word\'s default placeholder is no value', async () => {
    const { word } = web();
    await word.insertTemplate('nl');
    const desktop = new FakeWordDocument();
    const onDesktop = new WordDocument(desktop.run);
    await onDesktop.insertTemplate('nl');
    const fromWeb = planOf(await word.readPlan('nl'));
    const fromDesktop = planOf(await onDesktop.readPlan('nl'));
    expect(fromWeb.problems).toEqual(fromDesktop.problems);
    expect({ ...fromWeb.plan, id: 'x' }).toEqual({ ...fromDesktop.plan, id: 'x' });
  });

  it.each([10, 50, 200])('inserts a plan with %i agreements and reads it back unchanged, in 2 + 1 syncs', async (count) => {
    const { doc, word } = web();
    const plan = planWithAgreements(count);
    await word.insertPlan(plan, 'nl');
    expect(doc.syncs).toBe(2);
    const result = planOf(await word.readPlan('nl'));
    expect(doc.syncs).toBe(3);
    expect(result.problems).toEqual([]);
    expect(result.plan).toEqual(documentPart(plan));
  });

  it('updates a document with evaluations: the region is rebuilt in its place, not cleared of its tables', async () => {
    const { doc, word } = web();
    const plan = completePlan();
    await word.insertPlan(plan, 'nl');
    doc.typeParagraph('Eigen aantekening onderaan.');
    const outsideBefore = doc.textOutsideControls();
    const tagsOutsideRegion = () => doc.controls().map((c) => c.tag).filter((t) => !t.startsWith('vp:evaluations[') && !t.startsWith('vp:list:evaluations['));
    const orderBefore = tagsOutsideRegion();
    const [first] = plan.evaluations;
    if (!first) throw new Error('the fixture has an evaluation');
    const next: Plan = { ...plan, evaluations: [{ ...first, wentWell: 'Het ging goed, zei iedereen.' }, { ...first, id: 'ev-2', wentWell: 'Tweede keer.' }] };

    const before = doc.syncs;
    await word.updatePlan(next, 'nl');

    expect(doc.syncs - before).toBe(3);
    expect(doc.controlsTagged('vp:list:evaluations')).toHaveLength(1);
    expect(tagsOutsideRegion()).toEqual(orderBefore);
    expect(doc.textOutsideControls()).toEqual(outsideBefore);
    const result = planOf(await word.readPlan('nl'));
    expect(result.problems).toEqual([]);
    expect(result.plan).toEqual(documentPart(next));
  });

  it('updates the same way on the desktop, where the help texts of new controls are set', async () => {
    const doc = new FakeWordDocument();
    const word = new WordDocument(doc.run);
    await word.insertPlan(completePlan(), 'nl');
    await word.updatePlan({ ...completePlan(), evaluations: [] }, 'nl');
    expect(word.lastPlaceholders).toBe('none');
    await word.updatePlan(completePlan(), 'nl');
    expect(word.lastPlaceholders).toBe('set');
    expect(planOf(await word.readPlan('nl')).plan).toEqual(documentPart(completePlan()));
  });
});
