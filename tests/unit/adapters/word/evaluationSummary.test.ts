import { OfficeMockObject } from 'office-addin-mock';
import { insertEvaluationSummary, summaryBlocks } from '../../../../src/adapters/word/evaluationSummary';
import type { WordContext } from '../../../../src/adapters/word';
import { evaluationSummary } from '../../../../src/domain';
import type { Plan } from '../../../../src/domain';
import { completePlan } from '../../../fixtures';

/**
 * office-addin-mock stands in for Word (as in officeAddinMock.test.ts): the body offers only insertParagraph and
 * insertTable, so any other call fails, and each inserted paragraph or table is recorded in order with the style set on it.
 */
function summaryMock() {
  const inserted: Array<{ kind: 'paragraph'; text: string; styleBuiltIn?: string } | { kind: 'table'; values: string[][]; headerRowCount: number }> = [];
  const data = {
    context: {
      document: {
        body: {
          insertParagraph(text: string, location: string) {
            if (location !== 'End') throw new Error('the summary goes at the end of the document');
            const paragraph = { kind: 'paragraph' as const, text, font: {} };
            inserted.push(paragraph);
            return paragraph;
          },
          insertTable(rowCount: number, columnCount: number, location: string, values: string[][]) {
            if (location !== 'End' || values.length !== rowCount || values.some((r) => r.length !== columnCount)) throw new Error('bad table');
            const table = { kind: 'table' as const, values, headerRowCount: 0 };
            inserted.push(table);
            return table;
          },
        },
      },
    },
  };
  const mock = new OfficeMockObject(data);
  const counter = { syncs: 0 };
  const context = mock.context as unknown as { sync: () => Promise<void> };
  const sync = context.sync.bind(context);
  context.sync = () => { counter.syncs += 1; return sync(); };
  return { context: mock.context as unknown as WordContext, inserted, counter };
}

/** Version 1 as it was evaluated: grandmother only at weekends, and the talk with the children (a-3) not yet agreed. */
function previousVersion(current: Plan): Plan {
  return {
    ...current,
    version: 1,
    status: 'evaluated',
    agreements: current.agreements.filter((a) => a.id !== 'a-3').map((a) => (a.id === 'a-2' ? { ...a, when: 'Alleen in het weekend' } : a)),
  };
}

describe('insertEvaluationSummary() on office-addin-mock', () => {
  const plan = completePlan();

  it('appends a heading, the scores table, the decisions and the changes at the end of the body with one sync', async () => {
    const { context, inserted, counter } = summaryMock();
    await insertEvaluationSummary(context, evaluationSummary(plan, previousVersion(plan), 'nl'), 'nl');
    expect(counter.syncs).toBe(1);

    const texts = inserted.map((x) => (x.kind === 'paragraph' ? x.text : '[table]'));
    expect(inserted[0]).toMatchObject({ kind: 'paragraph', text: 'Evaluatiesamenvatting', styleBuiltIn: 'Heading1' });
    expect(texts[1]).toBe('Schaalvragen bij de laatste evaluatie (11-11-2026)');
    expect(inserted[2]).toEqual({
      kind: 'table',
      headerRowCount: 1,
      values: [['Naam', 'Groep', 'Score (0-10)'], ['Bram Kuipers', 'Professional', '4'], ['Sanne Bakker', 'Ouder', '6'], ['Mila Yilmaz', 'Kind', '5']],
    });
    expect(texts.slice(3, 5)).toEqual(['Besluiten', '• 11-11-2026 · versie 1: Bijstellen']);
    expect(texts[5]).toBe('Wijzigingen sinds de vorige versie');
    const changed = texts.findIndex((t) => t.startsWith('• Afspraak gewijzigd: Oma haalt de kinderen op'));
    expect(texts[changed]).toMatch(/\(Ria Bakker\)$/);
    expect(texts[changed + 1]).toMatch(/– Wanneer \/ hoe lang: „Alleen in het weekend” → „Zo nodig, ook 's avonds en in het weekend”$/);
    expect(texts.some((t) => t.startsWith('• Nieuwe afspraak: Moeder en de gezinsbegeleider'))).toBe(true);
  });

  it('styles headings as Word headings and list lines as indented list paragraphs', async () => {
    const { context, inserted } = summaryMock();
    await insertEvaluationSummary(context, evaluationSummary(plan, previousVersion(plan), 'nl'), 'nl');
    const styleOf = (start: string) => inserted.find((x) => x.kind === 'paragraph' && x.text.startsWith(start));
    expect(styleOf('Besluiten')).toMatchObject({ styleBuiltIn: 'Heading2' });
    expect(styleOf('• 11-11-2026')).toMatchObject({ styleBuiltIn: 'ListParagraph' });
    expect(styleOf('Versie 2 vergeleken met versie 1')).toMatchObject({ styleBuiltIn: 'Normal' });
  });

  it('still syncs once for a long list of changes', async () => {
    const many: Plan = {
      ...plan,
      agreements: Array.from({ length: 200 }, (_, i) => ({ id: `n-${i}`, goalId: null, who: [], what: `Nieuwe afspraak ${i}`, when: 'wekelijks' })),
    };
    const { context, inserted, counter } = summaryMock();
    await insertEvaluationSummary(context, evaluationSummary(many, plan, 'nl'), 'nl');
    expect(counter.syncs).toBe(1);
    expect(inserted.filter((x) => x.kind === 'paragraph' && x.text.startsWith('• Nieuwe afspraak: Nieuwe afspraak'))).toHaveLength(200);
  });

  it('says so when there is nothing to summarise yet, in English for locale en', async () => {
    const fresh: Plan = { ...plan, evaluations: [] };
    const { context, inserted } = summaryMock();
    await insertEvaluationSummary(context, evaluationSummary(fresh, null, 'en'), 'en');
    expect(inserted.map((x) => (x.kind === 'paragraph' ? x.text : '[table]'))).toEqual([
      'Evaluation summary', 'Decisions', 'This plan has not been evaluated yet.',
    ]);
  });
});

describe('summaryBlocks()', () => {
  it('shows a line instead of an empty table when the latest evaluation has no scores yet', () => {
    const plan = completePlan();
    const open: Plan = { ...plan, evaluations: [{ ...plan.evaluations[0]!, scores: [], childVoices: [], decision: null }] };
    const blocks = summaryBlocks(evaluationSummary(open, null, 'nl'), 'nl');
    expect(blocks.some((b) => b.kind === 'table')).toBe(false);
    expect(blocks).toContainEqual({ kind: 'paragraph', text: 'Bij deze evaluatie zijn nog geen scores gegeven.', bullet: false });
    expect(blocks).toContainEqual({ kind: 'paragraph', text: '11-11-2026 · versie 1: Nog geen besluit', bullet: true });
  });
});
