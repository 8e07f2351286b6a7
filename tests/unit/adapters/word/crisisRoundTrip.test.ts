import { documentPart } from './plans';
import { WordDocument } from '../../../../src/adapters/word';
import type { DocumentReadResult } from '../../../../src/app/ports';
import { crisisPlan } from '../../../fixtures/crisisPlan';
import { FakeWordDocument } from './fakeWord';

function planOf(result: DocumentReadResult): Extract<DocumentReadResult, { kind: 'plan' }> {
  if (result.kind !== 'plan') throw new Error('expected a plan in the document');
  return result;
}

describe('WordDocument: the crisis variant and the joint analysis', () => {
  it('reads a crisis plan back as inserted: referral, bottom lines, facilitator, hand-over, perspectives, decision, Three Houses', async () => {
    const doc = new FakeWordDocument();
    const word = new WordDocument(doc.run);
    const plan = { ...crisisPlan(), concernFacts: crisisPlan().concernFacts.map((c, i) => ({ ...c, perspective: i === 0 ? 'professional' as const : null })) };
    await word.insertPlan(plan, 'nl');
    const result = planOf(await word.readPlan('nl'));
    expect(result.problems).toEqual([]);
    expect(result.plan).toEqual(documentPart(plan));
  });

  it('writes the choices in words and people by name, as a reader understands them', async () => {
    const doc = new FakeWordDocument();
    const word = new WordDocument(doc.run);
    await word.insertPlan(crisisPlan(), 'nl');
    const texts = doc.controls().map((c) => c.content.text());
    for (const text of ['Crisisvariant', 'Iris de Wit', 'Structurele onveiligheid', 'Het gezin', 'Lotte Smit; Ria Bakker']) expect(texts).toContain(text);
  });
});
