import { useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { closureOutcomeText, decideEvaluation, doubtsAboutSafeEnough, suggestedExtension } from '../../domain';
import type { ClosureOutcome, DecisionInput, EvaluationDecision, EvaluationGap, Plan } from '../../domain';
import { evaluationMessages as m } from '../../i18n/areas/evaluation';
import { lifecycleMessages as lm } from '../../i18n/areas/lifecycle';
import { formatDate } from '../formatDate';
import { useLocale, useOrganisation, useServices } from '../services';
import { ClosureFields } from './ClosureFields';
import { useT } from '../useT';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  dates: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
});

const DECISIONS: ReadonlyArray<EvaluationDecision> = ['extend', 'adjust', 'close'];

export interface DecisionPanelProps {
  plan: Plan;
  onPlanChange: (plan: Plan) => void;
  /** Told what happened, in words for the user. */
  onDecided: (message: { intent: 'success' | 'warning'; text: string }) => void;
}

/**
 * The decision that ends the evaluation. The evaluated plan is frozen as a version first (so the history holds
 * exactly what was evaluated), then the plan goes on: extended, as a new draft version, or closed.
 */
export function DecisionPanel({ plan, onPlanChange, onDecided }: DecisionPanelProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const { clock, store } = useServices();
  const suggestion = suggestedExtension(plan, clock.now());
  const [decision, setDecision] = useState<EvaluationDecision | null>(null);
  const [validUntil, setValidUntil] = useState(suggestion.validUntil);
  const [evaluationDate, setEvaluationDate] = useState(suggestion.evaluationDate);
  const [outcome, setOutcome] = useState<ClosureOutcome>('safe-enough');
  const [reason, setReason] = useState('');
  const [despite, setDespite] = useState<{ reason: string; byId: string | null }>({ reason: '', byId: null });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { authorityName } = useOrganisation();
  const gapText = (gap: EvaluationGap): string => (gap.kind === 'agreements'
    ? t(m['decision.gap.agreements'], { numbers: gap.numbers.join(', ') })
    : t(m[gap.kind === 'scores' ? 'decision.gap.scores' : 'decision.gap.conditions']));

  const decide = async () => {
    if (!decision) return;
    const input: DecisionInput = decision === 'extend' ? { decision, validUntil, evaluationDate }
      : decision === 'close' ? { decision, outcome, reason, despiteReason: despite.reason, despiteById: despite.byId } : { decision };
    const result = decideEvaluation(plan, input, clock.now());
    if (!result.ok) {
      // The user's choice, dates and reasons stay in the panel: only the message tells what is still missing.
      if (result.reason === 'substance') {
        setError(t(m['decision.substance'], { gaps: result.gaps.map(gapText).join('; ') }));
        return;
      }
      const why = result.reason === 'closure-reason' ? t(lm['close.reason.missing']) : result.reason === 'closure-despite' ? t(lm['close.despite.missing'])
        : t(m[result.reason === 'period' ? 'decision.period' : 'decision.noOpen']);
      setError(why);
      return;
    }
    setError(null);
    setBusy(true);
    let frozen = true;
    try {
      await store.freezeVersion(result.frozen, result.label[locale]);
    } catch {
      // The decision itself must not be lost because the history could not be written; the user is told.
      frozen = false;
    }
    // The next version is a plan record of its own beside the plan in force, which stays active until it is activated.
    let revisionSaved = true;
    if (result.revision) {
      try {
        await store.save(result.revision, null);
      } catch {
        revisionSaved = false;
      }
    }
    onPlanChange(result.plan);
    setBusy(false);
    const closureText = outcome === 'safe-enough' ? t(lm['closed.safe-enough'])
      : t(lm['closed.failed'], { outcome: closureOutcomeText(outcome, locale, authorityName) });
    const text = decision === 'extend'
      ? t(m['decided.extend'], { date: formatDate(result.plan.validUntil, locale), evaluation: formatDate(result.plan.evaluationDate, locale) })
      : decision === 'adjust' ? t(lm[revisionSaved ? 'adjust.decided' : 'adjust.saveFailed'], { version: result.revision?.version ?? plan.version + 1 }) : closureText;
    const ok = frozen && revisionSaved;
    onDecided(ok ? { intent: 'success', text } : { intent: 'warning', text: frozen ? text : `${text} ${t(m['decision.freezeFailed'])}` });
  };

  return (
    <div className={styles.panel}>
      <Field label={t(m['decision.label'])}>
        <RadioGroup value={decision ?? ''} onChange={(_, d) => setDecision(d.value as EvaluationDecision)}>
          {DECISIONS.map((d) => <Radio key={d} value={d} label={t(m[`decision.${d}`])} />)}
        </RadioGroup>
      </Field>
      {decision === 'extend' && (
        <div className={styles.dates}>
          <Field label={t(m['decision.validUntil'])}>
            <Input type="date" value={validUntil} onChange={(_, d) => setValidUntil(d.value)} />
          </Field>
          <Field label={t(m['decision.evaluationDate'])}>
            <Input type="date" value={evaluationDate} onChange={(_, d) => setEvaluationDate(d.value)} />
          </Field>
        </div>
      )}
      {decision === 'close' && (
        <ClosureFields outcome={outcome} reason={reason} authorityName={authorityName}
          onOutcome={setOutcome} onReason={setReason} doubts={doubtsAboutSafeEnough(plan)}
          despite={{ ...despite, professionals: plan.professionals }} onDespite={setDespite} />
      )}
      {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
      <div>
        <Button appearance="primary" icon={<CheckmarkRegular />} disabled={!decision || busy} onClick={() => void decide()}>{t(m['decision.save'])}</Button>
      </div>
    </div>
  );
}
