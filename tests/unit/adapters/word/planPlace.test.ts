import { WordDocument } from '../../../../src/adapters/word';
import { parseMeta } from '../../../../src/adapters/word/meta';
import type { DocumentReadResult } from '../../../../src/app/ports';
import { completePlan } from '../../../fixtures';
import { FakeWordDocument } from './fakeWord';

/**
 * Word reopens a plan where it lives (issue 21): the document's hidden link (vp:meta) carries the plan's drive id and
 * its folder's item id, ids only, never a name. Field names in vp:meta: `driveId`, `itemId` (top level).
 */

const place = { driveId: 'b!caseDrive014', itemId: '01FAKE000004F' };

function setup() {
  const doc = new FakeWordDocument();
  return { doc, word: new WordDocument(doc.run) };
}

function placeOf(result: DocumentReadResult) {
  if (result.kind !== 'plan') throw new Error('expected a plan');
  return result.place;
}

/** The hidden link as Word holds it: the text of the control tagged vp:meta. */
function metaText(doc: FakeWordDocument): string {
  return doc.controlsTagged('vp:meta')[0]?.text ?? '';
}

describe('the plan\'s place in the Word document\'s link', () => {
  it('is written with the plan and read back', async () => {
    const { word } = setup();
    await word.insertPlan(completePlan(), 'nl', place);
    expect(placeOf(await word.readPlan('nl'))).toEqual(place);
  });

  it('holds ids only: no family name, no person in the link', async () => {
    const { doc, word } = setup();
    await word.insertPlan(completePlan(), 'nl', place);
    const meta = parseMeta(metaText(doc));
    expect(meta).not.toBeNull();
    expect({ driveId: meta!.driveId, itemId: meta!.itemId }).toEqual(place);
    expect(metaText(doc)).not.toContain(completePlan().familyName);
  });

  it('is kept by an update that does not name a place, and replaced by one that does', async () => {
    const { word } = setup();
    await word.insertPlan(completePlan(), 'nl', place);
    await word.updatePlan({ ...completePlan(), version: 2 }, 'nl');
    expect(placeOf(await word.readPlan('nl'))).toEqual(place);
    const moved = { driveId: 'b!other', itemId: '01OTHER' };
    await word.updatePlan(completePlan(), 'nl', moved);
    expect(placeOf(await word.readPlan('nl'))).toEqual(moved);
  });

  it('is absent in a local-mode document (no place to reopen)', async () => {
    const { word } = setup();
    await word.insertPlan(completePlan(), 'nl');
    expect(placeOf(await word.readPlan('nl'))).toBeNull();
  });
});
