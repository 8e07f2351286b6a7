import { planExports, planToIcs } from '../../../../src/adapters/export';
import { meetingUid } from '../../../../src/adapters/export/ics';
import { createEmptyPlan } from '../../../../src/domain';
import type { Plan } from '../../../../src/domain';
import { completePlan, planWith } from '../../../fixtures';

/** RFC 5545 3.1: a line starting with a space or tab continues the previous one. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');
}

interface Vevent {
  [property: string]: string;
}

/** The VEVENTs as property -> value (property name without parameters, plus the raw "NAME;PARAMS" key). */
function events(ics: string): Vevent[] {
  const result: Vevent[] = [];
  let current: Vevent | null = null;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      result.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      const key = line.slice(0, colon);
      current[key] = line.slice(colon + 1);
      current[key.split(';')[0]!] = line.slice(colon + 1);
    }
  }
  return result;
}

/** Unescapes TEXT values (RFC 5545 3.3.11) so that searching for plan text also finds escaped commas and semicolons. */
function plainText(ics: string): string {
  return unfold(ics).join('\n').replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1').toLocaleLowerCase('nl');
}

/** Every text of the plan that must never reach a calendar: names of the family and children, concerns, goals, agreements, notes. */
function privateTexts(plan: Plan): string[] {
  const names = [plan.familyName, ...plan.familyName.split('-'), ...plan.directPersons.flatMap((p) => [p.name, ...p.name.split(' ')])];
  return [
    ...names,
    ...plan.concernFacts.map((c) => c.text),
    ...plan.complicatingFactors.map((c) => c.text),
    ...plan.dangerStatements.map((c) => c.text),
    ...plan.goals.map((g) => g.text),
    ...plan.agreements.map((a) => a.what),
    ...plan.networkMeetings.map((m) => m.notes),
    plan.childSignal, plan.homeLocation, plan.id,
  ].filter((t) => t.trim().length >= 3);
}

describe('planToIcs()', () => {
  const plan = completePlan();
  const ics = planToIcs(plan, 'nl');

  it('is a VCALENDAR with one VEVENT for the evaluation and one per dated network meeting', () => {
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    const dated = plan.networkMeetings.filter((m) => m.date !== null);
    expect(events(ics)).toHaveLength(1 + dated.length);
  });

  it('puts the evaluation on its date as an all-day event, with a neutral summary and the neutral location of the invitation', () => {
    const evaluation = events(ics).find((e) => e.SUMMARY === 'Evaluatie-overleg')!;
    expect(evaluation['DTSTART;VALUE=DATE']).toBe(plan.evaluationDate!.replace(/-/g, ''));
    expect(evaluation['DTEND;VALUE=DATE']).toBe('20270121');
    expect(evaluation.LOCATION).toBe('Locatie volgt via de hulpverlener');
  });

  it('puts each network meeting on its date with the neutral summary "Overleg"', () => {
    const meetings = events(ics).filter((e) => e.SUMMARY === 'Overleg');
    expect(meetings.map((e) => e.DTSTART)).toEqual(plan.networkMeetings.filter((m) => m.date).map((m) => m.date!.replace(/-/g, '')));
    expect(meetings.every((e) => e.LOCATION === 'Locatie volgt via de hulpverlener')).toBe(true);
  });

  it('holds no family name, child name, concern or other plan text', () => {
    const text = plainText(ics);
    const leaks = privateTexts(plan).filter((t) => text.includes(t.toLocaleLowerCase('nl')));
    expect(leaks).toEqual([]);
    expect(plan.directPersons.some((p) => p.isChild)).toBe(true);
  });

  it('keeps UIDs stable across exports and renames, distinct per meeting, and without the plan id', () => {
    const uids = events(ics).map((e) => e.UID!);
    expect(new Set(uids).size).toBe(uids.length);
    const again = events(planToIcs({ ...plan, familyName: 'Anders', evaluationPlace: 'Elders' }, 'en')).map((e) => e.UID);
    expect(again).toEqual(uids);
    expect(uids[0]).toBe(meetingUid(plan.id, 'evaluation'));
    expect(uids.every((uid) => !uid.includes(plan.id))).toBe(true);
    const otherPlan = events(planToIcs({ ...plan, id: 'another-plan' }, 'nl')).map((e) => e.UID!);
    expect(otherPlan.filter((uid) => uids.includes(uid))).toEqual([]);
  });

  it('never carries the evaluation place, not even one without a name (a home address)', () => {
    for (const evaluationPlace of [`Thuis bij familie ${plan.familyName}`, 'Dorpsstraat 1, 1234 AB Ergens', 'Wijkcentrum De Linde']) {
      const event = events(planToIcs(planWith({ evaluationPlace }), 'nl')).find((e) => e.SUMMARY === 'Evaluatie-overleg')!;
      expect(event.LOCATION).toBe('Locatie volgt via de hulpverlener');
    }
  });

  it('skips meetings without a date and still writes a valid calendar for an empty plan', () => {
    const undated = planWith({
      evaluationDate: null,
      networkMeetings: [{ id: 'nm-x', date: null, attendeeIds: [], notes: '', event: null }],
    });
    expect(events(planToIcs(undated, 'nl'))).toEqual([]);
    const empty = unfold(planToIcs(createEmptyPlan('empty'), 'nl'));
    expect(empty[0]).toBe('BEGIN:VCALENDAR');
    expect(empty.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(0);
  });

  it('writes English summaries for locale en', () => {
    expect(events(planToIcs(plan, 'en')).map((e) => e.SUMMARY)).toContain('Evaluation meeting');
  });

  it('is what planExports.toIcs returns (apart from the DTSTAMP of the moment of export)', async () => {
    const withoutStamp = (s: string): string[] => unfold(s).filter((l) => !l.startsWith('DTSTAMP'));
    expect(withoutStamp(await planExports.toIcs(plan, 'nl'))).toEqual(withoutStamp(planToIcs(plan, 'nl')));
  });
});
