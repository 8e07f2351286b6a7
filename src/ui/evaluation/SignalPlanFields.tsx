import { Checkbox, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { allPeople, missingSignal, signalPlanText } from '../../domain';
import type { Plan, Relapse, SignalRecord } from '../../domain';
import { lifecycleMessages as lm } from '../../i18n/areas/lifecycle';
import { useOrganisation } from '../services';
import { useT } from '../useT';

const useStyles = makeStyles({
  block: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, whiteSpace: 'pre-wrap' },
  people: { margin: 0, padding: 0, border: 'none', display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

const RELAPSES: ReadonlyArray<Relapse> = ['small', 'large'];

export interface SignalPlanFieldsProps {
  plan: Plan;
  /** Distinguishes the ids of this block from those of other agreements'. */
  idPrefix: string;
  signal: SignalRecord;
  onChange: (signal: SignalRecord) => void;
}

/**
 * The signal plan opened by an agreement that was not kept: small or large relapse (with what section 6 agreed for it),
 * who acted, who was informed, and what was done.
 */
export function SignalPlanFields({ plan, idPrefix, signal, onChange }: SignalPlanFieldsProps) {
  const t = useT();
  const styles = useStyles();
  const { authorityName } = useOrganisation();
  const people = allPeople(plan).filter((p) => p.name.trim().length > 0);
  const missing = missingSignal(signal);
  const planSays = signal.relapse ? signalPlanText(plan, signal.relapse).trim() : '';
  const toggle = (key: 'actedByIds' | 'informedIds', id: string, on: boolean) =>
    onChange({ ...signal, [key]: on ? [...signal[key], id] : signal[key].filter((x) => x !== id) });

  const peopleGroup = (key: 'actedByIds' | 'informedIds', legend: string) => (
    <fieldset className={styles.people}>
      <legend className={styles.legend}>{legend}</legend>
      {people.map((p) => (
        <Checkbox key={p.id} id={`${idPrefix}-${key}-${p.id}`} label={p.name} checked={signal[key].includes(p.id)}
          onChange={(_, d) => toggle(key, p.id, d.checked === true)} />
      ))}
    </fieldset>
  );

  return (
    <section className={styles.block} aria-labelledby={`${idPrefix}-signal`}>
      <h4 id={`${idPrefix}-signal`} className={styles.heading}>{t(lm['signal.heading'])}</h4>
      <Field label={t(lm['signal.relapse'])}>
        <RadioGroup layout="horizontal" value={signal.relapse ?? ''} onChange={(_, d) => onChange({ ...signal, relapse: d.value as Relapse })}>
          {RELAPSES.map((r) => <Radio key={r} value={r} label={t(lm[`signal.relapse.${r}`])} />)}
        </RadioGroup>
      </Field>
      {signal.relapse && (
        <p className={styles.muted}>{planSays ? t(lm['signal.planSays'], { text: planSays }) : t(lm['signal.planSilent'])}</p>
      )}
      {plan.informAuthorityWhen.trim() && (
        <p className={styles.muted}>{t(lm['signal.authority'], { authority: authorityName, text: plan.informAuthorityWhen.trim() })}</p>
      )}
      {peopleGroup('actedByIds', t(lm['signal.actedBy']))}
      {peopleGroup('informedIds', t(lm['signal.informed']))}
      <Field label={t(lm['signal.action'])}>
        <Textarea value={signal.actionTaken} resize="vertical" onChange={(_, d) => onChange({ ...signal, actionTaken: d.value })} />
      </Field>
      {missing.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(lm['signal.incomplete'], { missing: missing.map((k) => t(lm[`signal.missing.${k}`])).join(', ') })}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
