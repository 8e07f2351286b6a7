import type { z } from 'zod';
import { SYSTEM_FIELDS, TEMPLATE, TITLE_PREFIX, planSchema, sectionOfField, templateFields } from '../../../src/domain';
import type { Field, Text } from '../../../src/domain';

/**
 * The template is the one description of the form: every renderer trusts it. These tests hold it to the schema,
 * field by field and kind by kind, so a field added to one and forgotten in the other fails here.
 */

type Schema = z.core.$ZodType;
const defOf = (s: Schema): z.core.$ZodTypeDef & Record<string, unknown> => s._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;

/** Unwraps `.nullable()`, and an `.optional()` around it (a v3 key kept optional for older code, e.g. consentById). */
function unwrapNullable(s: Schema): { inner: Schema; nullable: boolean } {
  const outer = defOf(s);
  if (outer.type === 'optional') return unwrapNullable(outer.innerType as Schema);
  const def = outer;
  return def.type === 'nullable' ? { inner: def.innerType as Schema, nullable: true } : { inner: s, nullable: false };
}

function shapeOf(s: Schema): Record<string, Schema> {
  const def = defOf(s);
  if (def.type !== 'object') throw new Error(`not an object schema: ${def.type}`);
  return def.shape as Record<string, Schema>;
}

const checksOf = (s: Schema): string[] =>
  ((defOf(s).checks ?? []) as Array<{ _zod: { def: { check: string } } }>).map((c) => c._zod.def.check);
/** Ids are strings with a format (the id pattern); dates are strings with a custom check (a real calendar day). */
const isIdString = (s: Schema): boolean => defOf(s).type === 'string' && checksOf(s).includes('string_format');
const isDateString = (s: Schema): boolean => defOf(s).type === 'string' && checksOf(s).includes('custom');

/** What kind of template field a schema node must be rendered by, given the field's own kind (text vs textarea is free). */
function expectedKinds(s: Schema, key: string): string[] {
  const { inner, nullable } = unwrapNullable(s);
  const def = defOf(inner);
  switch (def.type) {
    case 'boolean':
      return ['boolean'];
    case 'number':
      return ['score'];
    case 'enum':
      return ['select'];
    case 'string':
      if (isDateString(inner)) return nullable ? ['date'] : ['unsupported required date'];
      if (isIdString(inner)) return key === 'goalId' ? ['goalRef'] : ['personRef'];
      return nullable ? ['unsupported nullable text'] : ['text', 'textarea'];
    case 'array': {
      const element = def.element as Schema;
      if (isIdString(element)) return ['personRefs'];
      const keys = Object.keys(shapeOf(element)).sort();
      return keys.join(',') === 'id,text' ? ['textList'] : ['group'];
    }
    case 'union':
      // The one union of the model: what a copy recipient gets (domain/copies.ts), edited by its own control.
      return key === 'receives' ? ['copyChoice'] : ['unsupported union'];
    default:
      return [`unsupported ${def.type}`];
  }
}

const isSystem = (key: string): boolean => SYSTEM_FIELDS.includes(key);

/** Walks template fields against an object schema, collecting every mismatch as a readable line. */
function compare(fields: ReadonlyArray<Field>, shape: Record<string, Schema>, where: string): string[] {
  const problems: string[] = [];
  const modelKeys = Object.keys(shape).filter((k) => !isSystem(k));
  const templateKeys = fields.map((f) => f.id);
  for (const key of modelKeys) if (!templateKeys.includes(key)) problems.push(`${where}.${key}: in the model, not in the template`);
  for (const field of fields) {
    const schema = shape[field.id];
    if (schema === undefined) {
      problems.push(`${where}.${field.id}: in the template, not in the model`);
      continue;
    }
    const kinds = expectedKinds(schema, field.id);
    if (!kinds.includes(field.kind)) problems.push(`${where}.${field.id}: template kind ${field.kind}, model wants ${kinds.join(' or ')}`);
    if (field.kind === 'group') {
      const element = defOf(unwrapNullable(schema).inner).element as Schema;
      problems.push(...compare(field.fields, shapeOf(element), `${where}.${field.id}[]`));
    }
    if (field.kind === 'select') {
      const entries = defOf(unwrapNullable(schema).inner).entries as Record<string, string>;
      const values = field.options.map((o) => o.value).sort();
      if (values.join() !== Object.values(entries).sort().join()) problems.push(`${where}.${field.id}: options ${values.join()} differ from the model`);
    }
  }
  return problems;
}

function allFields(fields: ReadonlyArray<Field>, where: string): Array<{ where: string; field: Field }> {
  return fields.flatMap((field) => [
    { where: `${where}.${field.id}`, field },
    ...(field.kind === 'group' ? allFields(field.fields, `${where}.${field.id}[]`) : []),
  ]);
}

const filled = (text: Text): boolean => text.nl.trim().length > 0 && text.en.trim().length > 0;

describe('TEMPLATE', () => {
  const topFields = templateFields().map((x) => x.field);

  it('holds every field of the plan model, and nothing the model does not have, with matching kinds', () => {
    expect(compare(topFields, planSchema.shape as unknown as Record<string, Schema>, '$')).toEqual([]);
  });

  it('notices a field that is missing from the template', () => {
    const withoutGenogram = topFields.filter((f) => f.id !== 'genogramNote');
    expect(compare(withoutGenogram, planSchema.shape as unknown as Record<string, Schema>, '$')).toEqual(['$.genogramNote: in the model, not in the template']);
  });

  it('places each top-level field in exactly one section', () => {
    const ids = topFields.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(sectionOfField(id)).toBeDefined();
  });

  it('has unique field ids inside every group', () => {
    for (const { where, field } of allFields(topFields, '$')) {
      if (field.kind !== 'group') continue;
      const ids = field.fields.map((f) => f.id);
      expect({ where, unique: new Set(ids).size === ids.length }).toEqual({ where, unique: true });
    }
  });

  it('gives every field a Dutch and an English label and help text', () => {
    const missing = allFields(topFields, '$').filter(({ field }) => !filled(field.label) || !filled(field.help)).map((x) => x.where);
    expect(missing).toEqual([]);
  });

  it('gives every repeating field an item label and every option a label, in both languages', () => {
    for (const { where, field } of allFields(topFields, '$')) {
      if (field.kind === 'group' || field.kind === 'textList') expect({ where, ok: field.repeats && filled(field.itemLabel) }).toEqual({ where, ok: true });
      else expect({ where, repeats: field.repeats }).toEqual({ where, repeats: false });
      if (field.kind === 'select') for (const o of field.options) expect({ where, value: o.value, ok: filled(o.label) }).toEqual({ where, value: o.value, ok: true });
    }
  });

  it('has the 9 numbered sections in order, the analysis, and headings and intros in both languages', () => {
    // The plan part also holds the referral, which has no number in the source template.
    expect(TEMPLATE.filter((s) => s.part === 'plan' && s.number !== null).map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(TEMPLATE.some((s) => s.part === 'analysis')).toBe(true);
    const analysis = TEMPLATE.find((s) => s.part === 'analysis')!.fields.map((f) => f.id);
    expect(analysis).toEqual(expect.arrayContaining(['concernFacts', 'dangerStatements', 'strengths']));
    for (const section of TEMPLATE) {
      expect({ id: section.id, ok: filled(section.heading) && filled(section.intro) }).toEqual({ id: section.id, ok: true });
      if (section.number !== null) expect(section.heading.nl.startsWith(`${section.number}.`)).toBe(true);
    }
    expect(new Set(TEMPLATE.map((s) => s.id)).size).toBe(TEMPLATE.length);
    expect(TITLE_PREFIX.nl).toBe('Veiligheidsplan van de familie');
  });

  it('puts the analysis before the goals and the agreements', () => {
    const index = (id: string): number => TEMPLATE.findIndex((s) => s.fields.some((f) => f.id === id));
    expect(index('concernFacts')).toBeLessThan(index('goals'));
    expect(index('goals')).toBeLessThan(index('agreements'));
  });

  it('only lists system fields that the model really has', () => {
    const everyKey = new Set<string>();
    const collect = (s: Schema): void => {
      const { inner } = unwrapNullable(s);
      const def = defOf(inner);
      if (def.type === 'object') for (const [k, v] of Object.entries(def.shape as Record<string, Schema>)) { everyKey.add(k); collect(v); }
      if (def.type === 'array') collect(def.element as Schema);
    };
    collect(planSchema);
    for (const key of SYSTEM_FIELDS) expect({ key, known: everyKey.has(key) }).toEqual({ key, known: true });
  });
});
