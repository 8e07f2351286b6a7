import { z } from 'zod';
import fc from 'fast-check';
import { COUNTER_FROM, TEMPLATE, TEXT_LIMITS, cleanInput, fitToLimit, limitState, maxLengthOf, pasteText, planSchema } from '../../../src/domain';
import type { Field } from '../../../src/domain';

/** The zod schema of a field's value, found by walking the plan schema along the template. */
function schemaAt(shape: Record<string, z.ZodType>, field: Field): z.ZodType {
  const schema = shape[field.id];
  if (!schema) throw new Error(`the schema has no key ${field.id}`);
  return schema;
}

function itemShape(list: z.ZodType): Record<string, z.ZodType> {
  if (!(list instanceof z.ZodArray)) throw new Error('expected a list');
  const item = list.element;
  if (!(item instanceof z.ZodObject)) throw new Error('expected a list of records');
  return item.shape as Record<string, z.ZodType>;
}

/** Every free-text field of the template, with the schema's maximum length for it. */
function textFields(fields: ReadonlyArray<Field>, shape: Record<string, z.ZodType>, at: string): Array<{ path: string; kind: 'text' | 'textarea'; max: number | null }> {
  return fields.flatMap((field) => {
    const path = `${at}.${field.id}`;
    if (field.kind === 'group') return textFields(field.fields, itemShape(schemaAt(shape, field)), `${path}[]`);
    if (field.kind === 'textList') {
      const text = itemShape(schemaAt(shape, field)).text;
      return [{ path: `${path}[].text`, kind: 'textarea' as const, max: text instanceof z.ZodString ? text.maxLength : null }];
    }
    if (field.kind !== 'text' && field.kind !== 'textarea') return [];
    const found = schemaAt(shape, field);
    // Fields optional in the type only (the signal plan of an agreement review) carry the same limit inside.
    const schema = found instanceof z.ZodOptional ? found.unwrap() : found;
    return [{ path, kind: field.kind, max: schema instanceof z.ZodString ? schema.maxLength : null }];
  });
}

describe('maxLengthOf()', () => {
  const fields = TEMPLATE.flatMap((section) => textFields(section.fields, planSchema.shape as Record<string, z.ZodType>, '$'));

  it('finds the template\'s text fields in the schema', () => {
    expect(fields.length).toBeGreaterThan(40);
    expect(fields.map((f) => f.path)).toContain('$.familyName');
  });

  it.each(fields)('gives $path the maximum length the schema enforces', ({ kind, max }) => {
    expect(max).toBe(maxLengthOf(kind));
  });

  it('has one short and one long limit, the short one for single lines', () => {
    expect(maxLengthOf('text')).toBe(TEXT_LIMITS.short);
    expect(maxLengthOf('textarea')).toBe(TEXT_LIMITS.long);
    expect(TEXT_LIMITS.short).toBe(500);
  });
});

describe('limitState()', () => {
  it('shows the counter from 80% of the limit', () => {
    expect(limitState('x'.repeat(399), 500).showCounter).toBe(false);
    expect(limitState('x'.repeat(400), 500)).toEqual({ length: 400, limit: 500, showCounter: true, over: false });
    expect(COUNTER_FROM).toBe(0.8);
  });

  it('marks a text over the limit, so an older too-long draft can be shortened', () => {
    expect(limitState('x'.repeat(3000), 500)).toMatchObject({ length: 3000, over: true, showCounter: true });
  });
});

describe('fitToLimit()', () => {
  it('keeps a text that fits', () => {
    expect(fitToLimit('Bakker', 500)).toEqual({ text: 'Bakker', cut: 0 });
    expect(fitToLimit('x'.repeat(500), 500)).toEqual({ text: 'x'.repeat(500), cut: 0 });
  });

  it('cuts the 3,000 characters of issue 9 to 500 and says 2,500 were cut', () => {
    expect(fitToLimit('a'.repeat(3000), 500)).toEqual({ text: 'a'.repeat(500), cut: 2500 });
  });

  it('cuts a megabyte to the long limit', () => {
    const megabyte = 'Lorem ipsum '.repeat(90_000);
    const fitted = fitToLimit(megabyte, TEXT_LIMITS.long);
    expect(fitted.text).toHaveLength(TEXT_LIMITS.long);
    expect(fitted.cut).toBe(megabyte.length - TEXT_LIMITS.long);
  });

  it('never splits an emoji\'s surrogate pair', () => {
    const text = `${'a'.repeat(499)}😀b`;
    const fitted = fitToLimit(text, 500);
    expect(fitted).toEqual({ text: 'a'.repeat(499), cut: 3 });
    expect(fitted.text).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('keeps a family emoji or a flag whole or not at all', () => {
    const family = '👨‍👩‍👧';
    const fitted = fitToLimit(`${'a'.repeat(495)}${family}`, 500);
    expect(fitted.text).toBe('a'.repeat(495));
    expect(fitToLimit(`${'a'.repeat(497)}🇳🇱🇳🇱`, 501).text).toBe(`${'a'.repeat(497)}🇳🇱`);
  });

  it('keeps right-to-left text and cuts it on a character boundary', () => {
    const arabic = 'مرحبا بالعالم';
    expect(fitToLimit(arabic, 500).text).toBe(arabic);
    expect(fitToLimit(arabic, 5)).toEqual({ text: 'مرحبا', cut: arabic.length - 5 });
  });

  it('gives nothing for a limit of zero or less, and counts all as cut', () => {
    expect(fitToLimit('abc', 0)).toEqual({ text: '', cut: 3 });
    expect(fitToLimit('abc', -4)).toEqual({ text: '', cut: 3 });
  });

  it('never returns more than the limit, never a lone high surrogate at the end, and text + cut is the original length', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 0, max: 80 }), (text, limit) => {
      const fitted = fitToLimit(text, limit);
      expect(fitted.text.length).toBeLessThanOrEqual(limit);
      expect(text.startsWith(fitted.text)).toBe(true);
      expect(fitted.text.length + fitted.cut).toBe(text.length);
      const last = fitted.text.charCodeAt(fitted.text.length - 1);
      const next = text.charCodeAt(fitted.text.length);
      expect(last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff).toBe(false);
    }));
  });
});

describe('cleanInput()', () => {
  it('removes control characters and counts them', () => {
    expect(cleanInput('Bak\u0000ker\u0007\u001B\u007F\u0085', false)).toEqual({ text: 'Bakker', removedControls: 5 });
  });

  it('keeps line breaks and tabs in a multi-line field, with Windows line ends as \\n', () => {
    expect(cleanInput('een\r\ntwee\rdrie\n\tvier', true)).toEqual({ text: 'een\ntwee\ndrie\n\tvier', removedControls: 0 });
  });

  it('turns line breaks and tabs into spaces on a single line, so words stay apart', () => {
    expect(cleanInput('Jan\r\nBakker\tYilmaz', false)).toEqual({ text: 'Jan Bakker Yilmaz', removedControls: 0 });
  });

  it('keeps emoji, zero-width joiners and right-to-left marks', () => {
    const text = 'Noor 👨‍👩‍👧 \u200Fשלום\u200E مرحبا \u2067x\u2069';
    expect(cleanInput(text, false)).toEqual({ text, removedControls: 0 });
  });
});

describe('pasteText()', () => {
  const short = { limit: 500, multiline: false };

  it('pastes at the caret when it fits', () => {
    expect(pasteText('Bakker', { start: 6, end: 6 }, '-Yilmaz', short)).toEqual({ value: 'Bakker-Yilmaz', caret: 13, cut: 0, removedControls: 0 });
  });

  it('replaces the selection', () => {
    expect(pasteText('Jansen', { start: 0, end: 6 }, 'Bakker', short)).toMatchObject({ value: 'Bakker', caret: 6 });
  });

  it('cuts the pasted text, not the text around it, to fit the limit', () => {
    const result = pasteText('Fam. ', { start: 5, end: 5 }, 'x'.repeat(3000), short);
    expect(result.value).toBe(`Fam. ${'x'.repeat(495)}`);
    expect(result.cut).toBe(2505);
    expect(result.caret).toBe(500);
    const middle = pasteText('[]', { start: 1, end: 1 }, 'y'.repeat(600), short);
    expect(middle.value).toBe(`[${'y'.repeat(498)}]`);
  });

  it('cuts the whole paste into a field that is already over its limit, and leaves the field as it was', () => {
    const long = 'z'.repeat(600);
    expect(pasteText(long, { start: 600, end: 600 }, 'abc', short)).toEqual({ value: long, caret: 600, cut: 3, removedControls: 0 });
  });

  it('removes control characters from a paste and counts them', () => {
    expect(pasteText('', { start: 0, end: 0 }, 'a\u0000b\u0001c', short)).toMatchObject({ value: 'abc', removedControls: 2, cut: 0 });
  });

  it('takes a selection given backwards or past the end', () => {
    expect(pasteText('abc', { start: 9, end: 1 }, 'X', short).value).toBe('aX');
  });
});
