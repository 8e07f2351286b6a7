import { Checkbox, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { EditPath, Locale, PersonRef, Plan, ScalarField } from '../../domain';
import { allPeople, children } from '../../domain';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useLocale } from '../services';
import { useT } from '../useT';
import { fieldDomId } from './fieldIds';

const useStyles = makeStyles({
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: `0 0 ${tokens.spacingVerticalXS}` },
  options: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

export interface FieldControlProps {
  field: ScalarField;
  path: EditPath;
  value: unknown;
  plan: Plan;
  onChange: (value: unknown) => void;
}

export function peopleFor(plan: Plan, filter: 'all' | 'direct' | 'children' | 'absentDirect'): PersonRef[] {
  const everyone = allPeople(plan);
  if (filter === 'all') return everyone;
  const ids = new Set(
    filter === 'children' ? children(plan).map((p) => p.id)
      : filter === 'absentDirect' ? plan.directPersons.filter((p) => !p.present).map((p) => p.id)
        : plan.directPersons.map((p) => p.id),
  );
  return everyone.filter((p) => ids.has(p.id));
}

function personName(p: PersonRef, locale: Locale): string {
  return p.name.trim() || (locale === 'nl' ? '(naam ontbreekt)' : '(name missing)');
}

/** One form control, chosen by the template field's kind. */
export function FieldControl({ field, path, value, plan, onChange }: FieldControlProps) {
  const locale = useLocale();
  const t = useT();
  const styles = useStyles();
  const id = fieldDomId(path);
  const label = field.label[locale];
  const hint = field.help[locale];

  switch (field.kind) {
    case 'text':
      return (
        <Field label={label} hint={hint}>
          <Input id={id} value={String(value ?? '')} onChange={(_, d) => onChange(d.value)} />
        </Field>
      );
    case 'textarea':
      return (
        <Field label={label} hint={hint}>
          <Textarea id={id} resize="vertical" value={String(value ?? '')} onChange={(_, d) => onChange(d.value)} />
        </Field>
      );
    case 'date':
      return (
        <Field label={label} hint={hint}>
          <Input id={id} type="date" value={typeof value === 'string' ? value : ''} onChange={(_, d) => onChange(d.value === '' ? null : d.value)} />
        </Field>
      );
    case 'score':
      return (
        <Field label={label} hint={hint}>
          <Input id={id} type="number" min={0} max={10} value={typeof value === 'number' ? String(value) : ''}
            onChange={(_, d) => onChange(d.value === '' ? null : Number(d.value))} />
        </Field>
      );
    case 'boolean':
      return <Checkbox id={id} label={label} checked={value === true} onChange={(_, d) => onChange(d.checked === true)} />;
    case 'select':
      return (
        <Field label={label} hint={hint}>
          <Select id={id} value={typeof value === 'string' ? value : ''} onChange={(_, d) => onChange(d.value === '' ? null : d.value)}>
            <option value="">{t(m['editor.choose'])}</option>
            {field.options.map((o) => <option key={o.value} value={o.value}>{o.label[locale]}</option>)}
          </Select>
        </Field>
      );
    case 'goalRef':
      return (
        <Field label={label} hint={plan.goals.length === 0 ? t(m['editor.noGoals']) : hint}>
          <Select id={id} value={typeof value === 'string' ? value : ''} onChange={(_, d) => onChange(d.value === '' ? null : d.value)}>
            <option value="">{t(m['editor.choose'])}</option>
            {plan.goals.map((g, i) => <option key={g.id} value={g.id}>{`${i + 1}. ${g.text.slice(0, 80)}`}</option>)}
          </Select>
        </Field>
      );
    case 'personRef': {
      const people = peopleFor(plan, field.people);
      return (
        <Field label={label} hint={people.length === 0 ? t(m['editor.noPeople']) : hint}>
          <Select id={id} value={typeof value === 'string' ? value : ''} onChange={(_, d) => onChange(d.value === '' ? null : d.value)}>
            <option value="">{t(m['editor.none'])}</option>
            {people.map((p) => <option key={p.id} value={p.id}>{personName(p, locale)}</option>)}
          </Select>
        </Field>
      );
    }
    case 'personRefs': {
      const people = peopleFor(plan, field.people);
      const selected = new Set(Array.isArray(value) ? (value as string[]) : []);
      const toggle = (personId: string, on: boolean) =>
        onChange(on ? [...selected, personId] : [...selected].filter((x) => x !== personId));
      return (
        <fieldset id={id} className={styles.fieldset} tabIndex={-1}>
          <legend className={styles.legend}>{label}</legend>
          <p className={styles.hint}>{people.length === 0 ? t(m['editor.noPeople']) : hint}</p>
          <div className={styles.options}>
            {people.map((p) => (
              <Checkbox key={p.id} label={personName(p, locale)} checked={selected.has(p.id)} onChange={(_, d) => toggle(p.id, d.checked === true)} />
            ))}
          </div>
        </fieldset>
      );
    }
  }
}
