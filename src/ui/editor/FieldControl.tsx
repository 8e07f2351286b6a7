import { useState } from 'react';
import type { ClipboardEvent } from 'react';
import { Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { EditPath, Locale, PersonRef, Plan, ScalarField } from '../../domain';
import { allPeople, children } from '../../domain';
import { parsePastedDate, parsePastedScore, pastePreview } from '../../domain/paste';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useLocale } from '../services';
import { useT } from '../useT';
import { fieldDomId } from './fieldIds';
import { LimitedText } from './LimitedText';
import { CopyChoiceControl } from '../copies/CopyChoiceControl';

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
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200, margin: `${tokens.spacingVerticalXS} 0 0` },
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

/** The copy recipient a section-8 field belongs to (`['copyRecipients', i, …]`), for the default overview. */
function recipientAt(plan: Plan, path: EditPath): Plan['copyRecipients'][number] | null {
  return path[0] === 'copyRecipients' && typeof path[1] === 'number' ? plan.copyRecipients[path[1]] ?? null : null;
}

function personName(p: PersonRef, locale: Locale): string {
  return p.name.trim() || (locale === 'nl' ? '(naam ontbreekt)' : '(name missing)');
}

/**
 * One form control, chosen by the template field's kind. A paste is never lost without a word: text fields cut
 * what does not fit (LimitedText), date and score fields take a pasted date or score or say why not, and choices
 * say that pasting does not work there.
 */
export function FieldControl({ field, path, value, plan, onChange }: FieldControlProps) {
  const locale = useLocale();
  const t = useT();
  const styles = useStyles();
  const [notice, setNotice] = useState<string | null>(null);
  const id = fieldDomId(path);
  const label = field.label[locale];
  const hint = field.help[locale];
  const warn = notice ? { validationState: 'warning' as const, validationMessage: notice } : {};
  /** A change made by hand settles whatever the last paste notice was about. */
  const change = (next: unknown) => {
    setNotice(null);
    onChange(next);
  };
  /** Parses a paste with `parse`; a value that does not parse is not pasted, and the notice says so. */
  const pasteAs = <T,>(parse: (text: string) => T | null, message: 'editor.paste.date' | 'editor.paste.score') =>
    (event: ClipboardEvent<HTMLElement>) => {
      event.preventDefault();
      const text = event.clipboardData.getData('text/plain');
      const parsed = parse(text);
      if (parsed === null) setNotice(t(m[message], { text: pastePreview(text) }));
      else change(parsed);
    };
  const refusePaste = (event: ClipboardEvent<HTMLElement>) => {
    event.preventDefault();
    setNotice(t(m['editor.paste.choice']));
  };

  switch (field.kind) {
    case 'text':
    case 'textarea':
      return <LimitedText id={id} label={label} hint={hint} multiline={field.kind === 'textarea'} value={String(value ?? '')} onChange={onChange} />;
    case 'date':
      return (
        <Field label={label} hint={hint} {...warn}>
          <Input id={id} type="date" value={typeof value === 'string' ? value : ''} onPaste={pasteAs(parsePastedDate, 'editor.paste.date')}
            onChange={(_, d) => change(d.value === '' ? null : d.value)} />
        </Field>
      );
    case 'score':
      return (
        <Field label={label} hint={hint} {...warn}>
          <Input id={id} type="number" min={0} max={10} value={typeof value === 'number' ? String(value) : ''} onPaste={pasteAs(parsePastedScore, 'editor.paste.score')}
            onChange={(_, d) => change(d.value === '' ? null : Number(d.value))} />
        </Field>
      );
    case 'boolean':
      return (
        <Field {...warn}>
          <Checkbox id={id} label={label} checked={value === true} onPaste={refusePaste} onChange={(_, d) => change(d.checked === true)} />
        </Field>
      );
    case 'select':
      return (
        <Field label={label} hint={hint} {...warn}>
          <Select id={id} value={typeof value === 'string' ? value : ''} onPaste={refusePaste} onChange={(_, d) => change(d.value === '' ? null : d.value)}>
            <option value="">{t(m['editor.choose'])}</option>
            {field.options.map((o) => <option key={o.value} value={o.value}>{o.label[locale]}</option>)}
          </Select>
        </Field>
      );
    case 'goalRef':
      return (
        <Field label={label} hint={plan.goals.length === 0 ? t(m['editor.noGoals']) : hint} {...warn}>
          <Select id={id} value={typeof value === 'string' ? value : ''} onPaste={refusePaste} onChange={(_, d) => change(d.value === '' ? null : d.value)}>
            <option value="">{t(m['editor.choose'])}</option>
            {plan.goals.map((g, i) => <option key={g.id} value={g.id}>{`${i + 1}. ${g.text.slice(0, 80)}`}</option>)}
          </Select>
        </Field>
      );
    case 'personRef': {
      const people = peopleFor(plan, field.people);
      return (
        <Field label={label} hint={people.length === 0 ? t(m['editor.noPeople']) : hint} {...warn}>
          <Select id={id} value={typeof value === 'string' ? value : ''} onPaste={refusePaste} onChange={(_, d) => change(d.value === '' ? null : d.value)}>
            <option value="">{t(m['editor.none'])}</option>
            {people.map((p) => <option key={p.id} value={p.id}>{personName(p, locale)}</option>)}
          </Select>
        </Field>
      );
    }
    case 'copyChoice':
      return <CopyChoiceControl id={id} label={label} hint={hint} value={value} plan={plan} recipient={recipientAt(plan, path)} onChange={change} />;
    case 'personRefs': {
      const people = peopleFor(plan, field.people);
      const selected = new Set(Array.isArray(value) ? (value as string[]) : []);
      const toggle = (personId: string, on: boolean) =>
        change(on ? [...selected, personId] : [...selected].filter((x) => x !== personId));
      return (
        <fieldset id={id} className={styles.fieldset} tabIndex={-1} onPaste={refusePaste}>
          <legend className={styles.legend}>{label}</legend>
          <p className={styles.hint}>{people.length === 0 ? t(m['editor.noPeople']) : hint}</p>
          <div className={styles.options}>
            {people.map((p) => (
              <Checkbox key={p.id} label={personName(p, locale)} checked={selected.has(p.id)} onChange={(_, d) => toggle(p.id, d.checked === true)} />
            ))}
          </div>
          {notice && <p role="alert" className={styles.warning}>{notice}</p>}
        </fieldset>
      );
    }
  }
}
