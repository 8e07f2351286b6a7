import fc from 'fast-check';
import { LANDSCAPE_WIDTH, PORTRAIT_WIDTH, fitColumns, measure, unbreakablePieces } from '../../../../src/adapters/export/docxLayout';
import type { ColumnSpec } from '../../../../src/adapters/export/docxLayout';

const longestWord = (texts: string[], bold: boolean): number => Math.max(0, ...texts.flatMap(unbreakablePieces).map((w) => measure(w, bold)));

describe('fitColumns()', () => {
  const people: ColumnSpec[] = [
    { header: 'Nr.', kind: 'number' },
    { header: 'Naam', kind: 'text' },
    { header: 'Telefoon', kind: 'text' },
    { header: 'Contactgegevens', kind: 'text' },
    { header: 'Aanwezig', kind: 'yesNo' },
  ];
  const rows = [['1', 'Joke de Wit', '06-00000004', 'Kastanjestraat 12, Voorbeelddorp', 'Ja']];

  it('makes every column at least as wide as its longest word, and fills the width exactly', () => {
    const widths = fitColumns(people, rows, PORTRAIT_WIDTH)!;
    expect(widths.reduce((a, b) => a + b, 0)).toBe(PORTRAIT_WIDTH);
    people.forEach((column, i) => {
      expect(widths[i]).toBeGreaterThan(Math.max(measure(column.header, true), longestWord([rows[0]![i]!], false)));
    });
  });

  it('keeps number and yes/no columns narrow and gives the room to the text columns', () => {
    const widths = fitColumns(people, rows, PORTRAIT_WIDTH)!;
    expect(widths[0]).toBeLessThan(1000);
    expect(widths[4]).toBeLessThan(1500);
    expect(widths[3]).toBeGreaterThan(widths[2]!);
  });

  it('says so (null) when the words alone need more room than there is, so the table can go landscape', () => {
    const wide: ColumnSpec[] = Array.from({ length: 12 }, (_, i) => ({ header: `Toestemmingsverklaring${i}`, kind: 'text' }));
    expect(fitColumns(wide, [], PORTRAIT_WIDTH)).toBeNull();
    expect(fitColumns(wide.slice(0, 5), [], LANDSCAPE_WIDTH)).not.toBeNull();
  });

  it('treats a hyphen as a place to wrap, and an e-mail address as one word', () => {
    expect(unbreakablePieces('06-00000001, j.mulder@jeugdteam.invalid')).toEqual(['06-', '00000001,', 'j.mulder@jeugdteam.invalid']);
  });

  it('for any texts that fit, no column is narrower than its longest word and the widths add up', () => {
    const word = fc.stringMatching(/^[A-Za-zë]{1,14}$/);
    const textCell = fc.array(word, { minLength: 0, maxLength: 6 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(
      fc.array(fc.record({ header: textCell, kind: fc.constantFrom<ColumnSpec['kind']>('text', 'yesNo', 'number') }), { minLength: 1, maxLength: 7 }),
      fc.array(fc.array(textCell, { minLength: 7, maxLength: 7 }), { maxLength: 4 }),
      (columns, table) => {
        const widths = fitColumns(columns, table, PORTRAIT_WIDTH);
        if (widths === null) return;
        expect(widths.reduce((a, b) => a + b, 0)).toBe(PORTRAIT_WIDTH);
        columns.forEach((column, i) => {
          const need = Math.max(longestWord([column.header], true), longestWord(table.map((r) => r[i] ?? ''), false));
          expect(widths[i]).toBeGreaterThanOrEqual(need);
        });
      },
    ), { numRuns: 200 });
  });
});
