import { useMemo, useState } from 'react';
import type { ClipboardEvent } from 'react';
import { Field, PortalMountNodeProvider, Tag, TagPicker, TagPickerControl, TagPickerGroup, TagPickerInput, TagPickerList, TagPickerOption, TagPickerOptionGroup, makeStyles } from '@fluentui/react-components';
import type { TagPickerProps } from '@fluentui/react-components';
import type { Locale, PersonRef } from '../../domain';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useLocale } from '../services';
import { useT } from '../useT';
import { usePickerLayer } from './planEditing';

const useStyles = makeStyles({
  // At 400 px the tags wrap and the search box keeps a usable width.
  control: { minWidth: 0, maxWidth: '100%' },
});

const GROUPS = ['direct', 'social', 'professional'] as const;
const GROUP_LABEL = { direct: 'picker.group.direct', social: 'picker.group.social', professional: 'picker.group.professional' } as const;
/** The option that says nothing matches; never a person id (ids are UUIDs or word-like, never with a colon). */
const NO_MATCH = ':no-match';

export function personName(p: PersonRef, locale: Locale): string {
  return p.name.trim() || (locale === 'nl' ? '(naam ontbreekt)' : '(name missing)');
}

export interface PeoplePickerProps {
  id: string;
  label: string;
  hint: string;
  people: ReadonlyArray<PersonRef>;
  selected: ReadonlyArray<string>;
  onChange: (ids: string[]) => void;
  /** A paste goes into the search box; this is told so the field can say what happened if needed. */
  onPaste?: (event: ClipboardEvent<HTMLInputElement>) => void;
  warning?: string | null;
}

/**
 * Picks several people of the plan: the chosen ones show as tags (removable with Backspace or a click), the
 * search box filters by name, and the list groups family, network and professionals. Fluent's TagPicker gives the
 * combobox and listbox roles and the keyboard handling (arrows, Enter, Escape).
 */
export function PeoplePicker({ id, label, hint, people, selected, onChange, onPaste, warning }: PeoplePickerProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const layer = usePickerLayer();
  const [query, setQuery] = useState('');
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const needle = query.trim().toLocaleLowerCase(locale === 'nl' ? 'nl-NL' : 'en-GB');
  const chosen = new Set(selected);
  const offered = people.filter((p) => !chosen.has(p.id) && (needle === '' || personName(p, locale).toLocaleLowerCase().includes(needle)));

  const tagText = (p: PersonRef | undefined) => (p ? personName(p, locale) : t(m['picker.unknown']));

  const onOptionSelect: TagPickerProps['onOptionSelect'] = (_, data) => {
    if (data.value === NO_MATCH) return;
    setQuery('');
    onChange(data.selectedOptions.filter((x) => x !== NO_MATCH));
  };

  return (
    <Field label={label} hint={people.length === 0 ? t(m['editor.noPeople']) : hint}
      validationState={warning ? 'warning' : 'none'} validationMessage={warning ?? undefined}>
      <PortalMountNodeProvider value={layer}>
        <TagPicker onOptionSelect={onOptionSelect} selectedOptions={[...selected]}>
          <TagPickerControl className={styles.control}>
            <TagPickerGroup aria-label={t(m['picker.chosen'], { label })}>
              {selected.map((personId) => (
                <Tag key={personId} value={personId} shape="rounded">{tagText(byId.get(personId))}</Tag>
              ))}
            </TagPickerGroup>
            <TagPickerInput id={id} aria-label={label} placeholder={selected.length === 0 ? t(m['picker.search'], { label }) : undefined}
              value={query} onChange={(e) => setQuery(e.target.value)} onPaste={onPaste} />
          </TagPickerControl>
          <TagPickerList>
            {offered.length === 0
              ? <TagPickerOption value={NO_MATCH}>{needle ? t(m['picker.noMatch'], { query: query.trim() }) : t(m['picker.allChosen'])}</TagPickerOption>
              : GROUPS.map((group) => {
                const inGroup = offered.filter((p) => p.group === group);
                if (inGroup.length === 0) return null;
                return (
                  <TagPickerOptionGroup key={group} label={t(m[GROUP_LABEL[group]])}>
                    {inGroup.map((p) => <TagPickerOption key={p.id} value={p.id}>{personName(p, locale)}</TagPickerOption>)}
                  </TagPickerOptionGroup>
                );
              })}
          </TagPickerList>
        </TagPicker>
      </PortalMountNodeProvider>
    </Field>
  );
}
