import { memo, useCallback, useMemo, useRef } from 'react';
import { Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { allPeople, isBroken, recordSignal, reviewAgreement, signalOf } from '../../domain';
import type { Agreement, AgreementOutcome, AgreementReview, Evaluation, Plan } from '../../domain';
import { countRender } from '../editor/renderCount';
import { evaluationMessages as m } from '../../i18n/areas/evaluation';
import { useT } from '../useT';
import { SignalPlanFields } from './SignalPlanFields';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // As in the editor: the browser lays out and paints only the agreements near the screen; all stay in the DOM.
  item: {
    contentVisibility: 'auto', containIntrinsicSize: 'auto 14rem',
    margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  who: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const OUTCOMES: ReadonlyArray<AgreementOutcome> = ['yes', 'partly', 'no'];

type ReviewChange = (agreementId: string, change: (evaluation: Evaluation) => Evaluation) => void;

/**
 * Per agreement: did it go as agreed (yes / partly / no), and what helped or got in the way. An agreement not kept
 * opens the signal plan (SignalPlanFields). Each agreement renders on its own: typing in one agreement's notes
 * re-renders that agreement only, also with 200 of them.
 */
export function AgreementReviewPanel({ plan, evaluation, onChange }: { plan: Plan; evaluation: Evaluation; onChange: (e: Evaluation) => void }) {
  const t = useT();
  const styles = useStyles();
  const { directPersons, socialNetwork, professionals } = plan;
  const names = useMemo(
    () => new Map(allPeople({ directPersons, socialNetwork, professionals }).map((p) => [p.id, p.name])),
    [directPersons, socialNetwork, professionals],
  );
  // The items get one stable callback; it applies their change to the evaluation as it is now, not as it was rendered.
  const latest = useRef({ evaluation, onChange });
  latest.current = { evaluation, onChange };
  const change = useCallback<ReviewChange>((_agreementId, apply) => latest.current.onChange(apply(latest.current.evaluation)), []);
  if (plan.agreements.length === 0) return <p>{t(m['agreements.none'])}</p>;
  return (
    <div className={styles.list}>
      <p className={styles.who}>{t(m['agreements.intro'])}</p>
      {plan.agreements.map((agreement) => {
        const review = evaluation.agreementReviews.find((r) => r.agreementId === agreement.id);
        const who = agreement.who.map((id) => names.get(id) ?? '').filter(Boolean).join(', ');
        // Only a broken agreement's signal plan reads the plan (its relapse texts and people).
        const broken = review !== undefined && isBroken(review);
        return <AgreementReviewItem key={agreement.id} agreement={agreement} review={review} who={who} planForSignal={broken ? plan : null} onChange={change} />;
      })}
    </div>
  );
}

interface AgreementReviewItemProps {
  agreement: Agreement;
  review: AgreementReview | undefined;
  who: string;
  planForSignal: Plan | null;
  onChange: ReviewChange;
}

const AgreementReviewItem = memo(function AgreementReviewItem({ agreement, review, who, planForSignal, onChange }: AgreementReviewItemProps) {
  countRender(`review/${agreement.id}`);
  const t = useT();
  const styles = useStyles();
  const outcome = review?.outcome ?? null;
  const notes = review?.notes ?? '';
  const id = agreement.id;
  return (
    <fieldset className={styles.item}>
      <legend className={styles.legend}>{agreement.what.trim() || '…'}</legend>
      {who && <p className={styles.who}>{t(m['agreements.who'], { names: who })}</p>}
      <Field label={t(m['agreements.outcome'])}>
        <RadioGroup layout="horizontal" value={outcome ?? ''}
          onChange={(_, d) => onChange(id, (e) => reviewAgreement(e, id, d.value as AgreementOutcome, notes))}>
          {OUTCOMES.map((o) => <Radio key={o} value={o} label={t(m[`outcome.${o}`])} />)}
        </RadioGroup>
      </Field>
      <Field label={t(m['agreements.notes'])}>
        <Textarea value={notes} resize="vertical" onChange={(_, d) => onChange(id, (e) => reviewAgreement(e, id, outcome, d.value))} />
      </Field>
      {review && planForSignal && (
        <SignalPlanFields plan={planForSignal} idPrefix={`review-${id}`} signal={signalOf(review)}
          onChange={(signal) => onChange(id, (e) => recordSignal(e, id, signal))} />
      )}
    </fieldset>
  );
});
