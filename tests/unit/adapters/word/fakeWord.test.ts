import type { TableNode } from './fakeWord';
import { FakeWordDocument } from './fakeWord';

/** The fake must behave like the Word API where the adapter relies on it, or the adapter tests prove nothing. */
describe('FakeWordDocument', () => {
  it('refuses to read a property that was not loaded and synced, as office-js does', async () => {
    const doc = new FakeWordDocument();
    await doc.run(async (context) => {
      const control = context.document.body.insertParagraph('x', 'End').insertContentControl();
      control.tag = 'vp:familyName';
      expect(() => control.tag).toThrow(/PropertyNotLoaded/);
      const all = context.document.contentControls;
      all.load('items/tag');
      expect(() => all.items).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(all.items.map((c) => c.tag)).toEqual(['vp:familyName']);
      expect(() => all.items[0]?.text).toThrow(/PropertyNotLoaded/);
    });
    expect(doc.syncs).toBe(1);
  });

  it('keeps a loaded value as it was at the sync (a table\'s rowCount does not follow addRows)', async () => {
    const doc = new FakeWordDocument();
    await doc.run(async (context) => {
      const table = context.document.body.insertTable(2, 2, 'End', [['a', 'b'], ['c', 'd']]);
      table.load('rowCount');
      await context.sync();
      table.addRows('End', 1, [['e', 'f']]);
      expect(table.rowCount).toBe(2);
      expect(table.getCell(2, 1).body).toBeDefined();
    });
    expect((doc.body.children[0] as TableNode).rows).toHaveLength(3);
  });

  it('reports the placeholder as the text of an empty control, and the typed text otherwise', async () => {
    const doc = new FakeWordDocument();
    await doc.run(async (context) => {
      const table = context.document.body.insertTable(1, 1, 'End');
      const control = table.getCell(0, 0).body.insertContentControl();
      control.placeholderText = 'Vul hier in';
      await context.sync();
    });
    const [control] = doc.controls();
    expect(control?.text).toBe('Vul hier in');
    control?.setText('regel 1\nregel 2');
    expect(control?.text).toBe('regel 1\rregel 2');
  });

  it('finds controls by tag in document order, nested ones after the control that holds them', async () => {
    const doc = new FakeWordDocument();
    await doc.run(async (context) => {
      const table = context.document.body.insertTable(1, 1, 'End');
      table.getCell(0, 0).body.insertContentControl().tag = 'inner';
      table.insertContentControl().tag = 'outer';
      const first = context.document.contentControls.getByTag('outer').getFirstOrNullObject().tables.getFirstOrNullObject();
      const none = context.document.contentControls.getByTag('missing').getFirstOrNullObject().tables.getFirstOrNullObject();
      first.load('isNullObject,rowCount');
      none.load('isNullObject');
      await context.sync();
      expect(first.isNullObject).toBe(false);
      expect(first.rowCount).toBe(1);
      expect(none.isNullObject).toBe(true);
    });
    expect(doc.controls().map((c) => c.tag)).toEqual(['outer', 'inner']);
  });

  it('deletes a table row through the control in one of its cells', async () => {
    const doc = new FakeWordDocument();
    await doc.run(async (context) => {
      const table = context.document.body.insertTable(2, 1, 'End', [['kop'], ['']]);
      table.getCell(1, 0).body.insertContentControl().tag = 'row';
      const all = context.document.contentControls;
      all.load('items/tag');
      await context.sync();
      all.items[0]?.parentTableCell.parentRow.delete();
      await context.sync();
    });
    expect((doc.body.children[0] as TableNode).rows).toHaveLength(1);
    expect(doc.controls()).toEqual([]);
  });
});
