import { Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CLOSURE_OUTCOMES } from '../../domain';
import type { ClosureOutcome } from '../../domain';
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
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      <Field label={t(lm['close.outcome'])}>
        <RadioGroup value={outcome} onChange={(_, d) => onOutcome(d.value as ClosureOutcome)}>
          {CLOSURE_OUTCOMES.map((o) => <Radio key={o} value={o} label={t(lm[`close.outcome.${o}`], { authority: authorityName })} />)}
        </RadioGroup>
      </Field>
      <Field label={t(lm['close.reason'])} hint={t(lm['close.reason.hint'])} required>
        <Textarea value={reason} resize="vertical" onChange={(_, d) => onReason(d.value)} />
      </Field>
    </div>
  );
}
