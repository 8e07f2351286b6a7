import { Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CLOSURE_OUTCOMES, closureOutcomeText } from '../../domain';
import type { Closure, ClosureOutcome, Professional } from '../../domain';
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
  /** What speaks against "safe enough" (domain: doubtsAboutSafeEnough); empty when nothing does. */
  doubts?: ReadonlyArray<string>;
  despite?: { reason: string; byId: string | null; professionals: ReadonlyArray<Professional> };
  onDespite?: (despite: { reason: string; byId: string | null }) => void;
}

/** How the plan ends: safe enough, or one of the ways a plan that did not work goes on elsewhere; always with a reason. */
export function ClosureFields({ outcome, reason, authorityName, onOutcome, onReason, doubts = [], despite, onDespite }: ClosureFieldsProps) {
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
      {outcome === 'safe-enough' && doubts.length > 0 && despite && onDespite && (
        // Seed 004 §6: "safe enough" while the plan says otherwise is a professional's call, written down (domain/closure.ts).
        <>
          <MessageBar intent="warning"><MessageBarBody>{t(lm['close.despite.intro'], { doubts: doubts.join('; ') })}</MessageBarBody></MessageBar>
          <Field label={t(lm['close.despite.reason'])} required>
            <Textarea value={despite.reason} resize="vertical" onChange={(_, d) => onDespite({ reason: d.value, byId: despite.byId })} />
          </Field>
          <Field label={t(lm['close.despite.by'])} required>
            <Select value={despite.byId ?? ''} onChange={(_, d) => onDespite({ reason: despite.reason, byId: d.value === '' ? null : d.value })}>
              <option value="" />
              {despite.professionals.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </Select>
          </Field>
        </>
      )}
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
