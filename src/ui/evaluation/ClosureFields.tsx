import { Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CLOSURE_OUTCOMES, closureOutcomeText } from '../../domain';
import type { Closure, ClosureOutcome } from '../../domain';
import { formatDate } from '../formatDate';
import { useLocale } from '../services';
import { lifecycleMessages as lm } from '../../i18n/areas/lifecycle';
import { useT } from '../useT';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface ClosureFieldsProps {
  outcome: ClosureOutcome;
  reason: string;
  authorityName: string;
  onOutcome: (outcome: ClosureOutcome) => void;
  onReason: (reason: string) => void;
}

/** How the plan ends: safe enough, or one of the ways a plan that did not work goes on elsewhere; always with a reason. */
export function ClosureFields({ outcome, reason, authorityName, onOutcome, onReason }: ClosureFieldsProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      <Field label={t(lm['close.outcome'])}>
        <RadioGroup value={outcome} onChange={(_, d) => onOutcome(d.value as ClosureOutcome)}>
          {CLOSURE_OUTCOMES.map((o) => <Radio key={o} value={o} label={closureOutcomeText(o, locale, authorityName)} />)}
        </RadioGroup>
      </Field>
      <Field label={t(lm['close.reason'])} hint={t(lm['close.reason.hint'])} required>
        <Textarea value={reason} resize="vertical" onChange={(_, d) => onReason(d.value)} />
      </Field>
    </div>
  );
}

/** How a closed plan ended, and why. */
export function ClosureSummary({ closure, authorityName }: { closure: Closure; authorityName: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <p>{t(lm['closure.summary'], { date: formatDate(closure.date, locale), outcome: closureOutcomeText(closure.outcome, locale, authorityName), reason: closure.reason })}</p>
  );
}
