import { Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { allPeople, isBroken, recordSignal, reviewAgreement, signalOf } from '../../domain';
import type { AgreementOutcome, Evaluation, Plan } from '../../domain';
import { evaluationMessages as m } from '../../i18n/areas/evaluation';
import { useT } from '../useT';
import { SignalPlanFields } from './SignalPlanFields';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: {
    margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  who: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const OUTCOMES: ReadonlyArray<AgreementOutcome> = ['yes', 'partly', 'no'];

/**
 * Per agreement: did it go as agreed (yes / partly / no), and what helped or got in the way. An agreement not kept
 * opens the signal plan (SignalPlanFields).
 */
export function AgreementReviewPanel({ plan, evaluation, onChange }: { plan: Plan; evaluation: Evaluation; onChange: (e: Evaluation) => void }) {
  const t = useT();
  const styles = useStyles();
  const names = new Map(allPeople(plan).map((p) => [p.id, p.name]));
  if (plan.agreements.length === 0) return <p>{t(m['agreements.none'])}</p>;
  return (
    <div className={styles.list}>
      <p className={styles.who}>{t(m['agreements.intro'])}</p>
      {plan.agreements.map((agreement) => {
        const review = evaluation.agreementReviews.find((r) => r.agreementId === agreement.id);
        const outcome = review?.outcome ?? null;
        const notes = review?.notes ?? '';
        const who = agreement.who.map((id) => names.get(id) ?? '').filter(Boolean).join(', ');
        return (
          <fieldset key={agreement.id} className={styles.item}>
            <legend className={styles.legend}>{agreement.what.trim() || '…'}</legend>
            {who && <p className={styles.who}>{t(m['agreements.who'], { names: who })}</p>}
            <Field label={t(m['agreements.outcome'])}>
              <RadioGroup layout="horizontal" value={outcome ?? ''}
                onChange={(_, d) => onChange(reviewAgreement(evaluation, agreement.id, d.value as AgreementOutcome, notes))}>
                {OUTCOMES.map((o) => <Radio key={o} value={o} label={t(m[`outcome.${o}`])} />)}
              </RadioGroup>
            </Field>
            <Field label={t(m['agreements.notes'])}>
              <Textarea value={notes} resize="vertical" onChange={(_, d) => onChange(reviewAgreement(evaluation, agreement.id, outcome, d.value))} />
            </Field>
            {review && isBroken(review) && (
              <SignalPlanFields plan={plan} idPrefix={`review-${agreement.id}`} signal={signalOf(review)}
                onChange={(signal) => onChange(recordSignal(evaluation, agreement.id, signal))} />
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
