import { Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { COPY_KINDS, choiceOfKind, copyChoiceSchema, copyKindLabel } from '../../domain';
import type { CopyChoice, CopyKind, PersonRef } from '../../domain';
import { copyMessages as c } from '../../i18n/areas/copies';
import { useLocale } from '../services';
import { useT } from '../useT';

const useStyles = makeStyles({
  box: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  sections: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

const SECTION_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * Section 8's "Wat krijgt deze persoon?": the kind of copy, and then whose overview, which child's book or which
 * sections. An open person means the recipient themselves (when they are in the plan); an open child the only child.
 */
export function CopyChoiceControl({ id, label, hint, value, people, kids, self, onChange }: {
  id: string; label: string; hint: string; value: unknown;
  /** Everyone in the plan, its children, and the person of the plan the recipient is (null when they are not in it). */
  people: ReadonlyArray<PersonRef>; kids: ReadonlyArray<PersonRef>; self: string | null;
  onChange: (value: CopyChoice) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const parsed = copyChoiceSchema.safeParse(value);
  const choice: CopyChoice = parsed.success ? parsed.data : { kind: 'plan' };
  return (
    <fieldset id={id} className={styles.box} tabIndex={-1}>
      <legend className={styles.legend}>{label}</legend>
      <p className={styles.hint}>{hint}</p>
      <Field label={t(c['copies.kind'])}>
        <Select value={choice.kind} onChange={(_, d) => onChange(choiceOfKind(d.value as CopyKind))}>
          {COPY_KINDS.map((k) => <option key={k} value={k}>{copyKindLabel(k, locale)}</option>)}
        </Select>
      </Field>
      {choice.kind === 'overview' && (
        <Field label={t(c['copies.person'])}>
          <Select value={choice.personId ?? ''} onChange={(_, d) => onChange({ kind: 'overview', personId: d.value === '' ? null : d.value })}>
            <option value="">{self ? `${t(c['copies.person.self'])} (${people.find((p) => p.id === self)?.name ?? ''})` : t(c['copies.person.self'])}</option>
            {people.map((p) => <option key={p.id} value={p.id}>{p.name.trim() || t(c['copies.nameMissing'])}</option>)}
          </Select>
        </Field>
      )}
      {choice.kind === 'childBook' && (
        <Field label={t(c['copies.child'])}>
          <Select value={choice.childId ?? ''} onChange={(_, d) => onChange({ kind: 'childBook', childId: d.value === '' ? null : d.value })}>
            <option value="">{kids.length === 1 ? `${t(c['copies.child.only'])} (${kids[0]!.name})` : t(c['copies.noChild'])}</option>
            {kids.map((p) => <option key={p.id} value={p.id}>{p.name.trim() || t(c['copies.nameMissing'])}</option>)}
          </Select>
        </Field>
      )}
      {choice.kind === 'sections' && (
        <div role="group" aria-label={t(c['copies.sections'])}>
          <p className={styles.hint}>{t(c['copies.sections'])}</p>
          <div className={styles.sections}>
            {SECTION_NUMBERS.map((n) => (
              <Checkbox key={n} label={t(c['copies.section'], { n })} checked={choice.sections.includes(n)}
                onChange={(_, d) => onChange({
                  kind: 'sections',
                  sections: (d.checked === true ? [...choice.sections, n] : choice.sections.filter((s) => s !== n)).sort((a, b) => a - b),
                })} />
            ))}
          </div>
        </div>
      )}
    </fieldset>
  );
}
