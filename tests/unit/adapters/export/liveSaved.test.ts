import { XMLValidator } from 'fast-xml-parser';
import { planToDocx, planToIcs } from '../../../../src/adapters/export';
import { composeLivePlan, parsePlan, recordLiveMeeting } from '../../../../src/domain';
import type { Plan } from '../../../../src/domain';
import { completePlan } from '../../../fixtures';
import { readDocx } from './docxText';

/** The plan a live netwerkberaad saves (an agreement with its people, the meeting recorded) goes into Word and the calendar file as any plan. */
function liveSavedPlan(): Plan {
  const base = completePlan();
  const composed = composeLivePlan({
    base, fields: {},
    proposals: [{ id: 'live-a', kind: 'agreement', text: 'Moeder belt de wijkcoach als het misgaat', goalId: base.goals[0]!.id, when: 'Meteen', who: ['d-sanne', 'p-lotte'], status: 'accepted', proposedBy: 'x' }],
  });
  const recorded = recordLiveMeeting(composed, { entryId: null, date: '2026-11-29', attendeeIds: ['d-sanne', 'p-lotte'] }, 'nm-live');
  if (!recorded.ok) throw new Error('not recorded');
  return recorded.plan;
}

describe('a plan saved from a live netwerkberaad', () => {
  const plan = liveSavedPlan();

  it('is a valid plan file', () => {
    expect(parsePlan(JSON.parse(JSON.stringify(plan)) as unknown).ok).toBe(true);
  });

  it('renders in Word with the agreement\'s people', async () => {
    const doc = await readDocx(await planToDocx(plan, 'nl'));
    expect(XMLValidator.validate(doc.documentXml)).toBe(true);
    const row = doc.tables.flat().find((cells) => cells.some((c) => c.includes('Moeder belt de wijkcoach')));
    expect(row?.join(' ')).toMatch(/Sanne Bakker.*Lotte Smit/);
  });

  it('puts the recorded meeting in the calendar file once', () => {
    const ics = planToIcs(plan, 'nl');
    expect(ics.match(/DTSTART;VALUE=DATE:20261129/g)).toHaveLength(1);
  });
});
