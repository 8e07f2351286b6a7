import { useState } from 'react';
import type { ClipboardEvent } from 'react';
import { Checkbox, Field, Input, Select } from '@fluentui/react-components';
import type { EditPath, ScalarField } from '../../domain';
import { parsePastedDate, parsePastedScore, pastePreview } from '../../domain/paste';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useLocale } from '../services';
import { useT } from '../useT';
import { fieldDomId } from './fieldIds';
import { LimitedText } from './LimitedText';
import { PeoplePicker, personName } from './PeoplePicker';
import { offeredPeople, recipientSelf, usePlanChoices } from './planEditing';
import { CopyChoiceControl } from '../copies/CopyChoiceControl';


export interface FieldControlProps {
  field: ScalarField;
  path: EditPath;
  value: unknown;
  onChange: (value: unknown) => void;
  /** Shown but not changed: text, dates and scores are read-only, single choices are disabled (a history record holds no other kinds). */
  readOnly?: boolean;
}

/**
 * One form control, chosen by the template field's kind. A paste is never lost without a word: text fields cut
 * what does not fit (LimitedText), date and score fields take a pasted date or score or say why not, and choices
 * say that pasting does not work there.
 */
export function FieldControl({ field, path, value, onChange, readOnly = false }: FieldControlProps) {
  const choices = usePlanChoices();
  const locale = useLocale();
  const t = useT();
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
      return <LimitedText id={id} label={label} hint={hint} multiline={field.kind === 'textarea'} value={String(value ?? '')} onChange={onChange} readOnly={readOnly} />;
    case 'date':
      return (
        <Field label={label} hint={hint} {...warn}>
          <Input id={id} type="date" readOnly={readOnly} value={typeof value === 'string' ? value : ''} onPaste={pasteAs(parsePastedDate, 'editor.paste.date')}
            onChange={(_, d) => change(d.value === '' ? null : d.value)} />
        </Field>
      );
    case 'score':
      return (
        <Field label={label} hint={hint} {...warn}>
          <Input id={id} type="number" readOnly={readOnly} min={0} max={10} value={typeof value === 'number' ? String(value) : ''} onPaste={pasteAs(parsePastedScore, 'editor.paste.score')}
            onChange={(_, d) => change(d.value === '' ? null : Number(d.value))} />
        </Field>
      );
    case 'boolean':
      return (
        <Field {...warn}>
          <Checkbox id={id} disabled={readOnly} label={label} checked={value === true} onPaste={refusePaste} onChange={(_, d) => change(d.checked === true)} />
        </Field>
      );
    case 'select':
      return (
        <Field label={label} hint={hint} {...warn}>
          <Select id={id} disabled={readOnly} value={typeof value === 'string' ? value : ''} onPaste={refusePaste} onChange={(_, d) => change(d.value === '' ? null : d.value)}>
            <option value="">{t(m['editor.choose'])}</option>
            {field.options.map((o) => <option key={o.value} value={o.value}>{o.label[locale]}</option>)}
          </Select>
        </Field>
      );
    case 'goalRef':
      return (
        <Field label={label} hint={choices.goals.length === 0 ? t(m['editor.noGoals']) : hint} {...warn}>
          <Select id={id} disabled={readOnly} value={typeof value === 'string' ? value : ''} onPaste={refusePaste} onChange={(_, d) => change(d.value === '' ? null : d.value)}>
            <option value="">{t(m['editor.choose'])}</option>
            {choices.goals.map((g, i) => <option key={g.id} value={g.id}>{`${i + 1}. ${g.text.slice(0, 80)}`}</option>)}
          </Select>
        </Field>
      );
    case 'personRef': {
      const people = offeredPeople(choices, field.people, typeof value === 'string' ? [value] : []);
      return (
        <Field label={label} hint={people.length === 0 ? t(m['editor.noPeople']) : hint} {...warn}>
          <Select id={id} disabled={readOnly} value={typeof value === 'string' ? value : ''} onPaste={refusePaste} onChange={(_, d) => change(d.value === '' ? null : d.value)}>
            <option value="">{t(m['editor.none'])}</option>
            {people.map((p) => <option key={p.id} value={p.id}>{personName(p, locale)}</option>)}
          </Select>
        </Field>
      );
    }
    case 'copyChoice':
      return (
        <CopyChoiceControl id={id} label={label} hint={hint} value={value} people={choices.people.all} kids={choices.people.children}
          self={recipientSelf(choices, path)} onChange={change} />
      );
    case 'personRefs': {
      const selected = Array.isArray(value) ? (value as string[]) : [];
      return <PeoplePicker id={id} label={label} hint={hint} people={offeredPeople(choices, field.people, selected)} selected={selected} onChange={change} warning={notice} />;
    }
  }
}
