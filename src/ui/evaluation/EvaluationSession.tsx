import { Button, Field, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { PlayRegular } from '@fluentui/react-icons';
import { evaluationsInOrder, hasNonNegotiables, openEvaluation, startEvaluation, updateEvaluation } from '../../domain';
import type { Evaluation, Plan } from '../../domain';
import { evaluationMessages as m } from '../../i18n/areas/evaluation';
import { formatDate } from '../formatDate';
import { useLocale, useOrganisation, useServices } from '../services';
import { ClosureSummary } from './ClosureFields';
import { useT } from '../useT';
import { AgreementReviewPanel } from './AgreementReviewPanel';
import { ChildVoicePanel } from './ChildVoicePanel';
import { DecisionPanel } from './DecisionPanel';
import { IncidentLog } from './IncidentLog';
import { lifecycleMessages as lm } from '../../i18n/areas/lifecycle';
import type { DecisionPanelProps } from './DecisionPanel';
import { ScoringPanel } from './ScoringPanel';

const useStyles = makeStyles({
  session: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  past: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export type EvaluationSessionProps = DecisionPanelProps;

/** Starting an evaluation, and the meeting itself: agreements, scaling questions, the child's voice, and the decision. */
export function EvaluationSession({ plan, onPlanChange, onDecided }: EvaluationSessionProps) {
  const t = useT();
  const styles = useStyles();
  const { clock } = useServices();
  const { authorityName } = useOrganisation();
  const open = openEvaluation(plan);

  if (!open) {
    const canStart = plan.status === 'active' || plan.status === 'evaluated';
    const start = () => {
      const result = startEvaluation(plan, clock.now());
      if (result.ok) onPlanChange(result.plan);
    };
    return (
      <div className={styles.session}>
        <PlannedDate plan={plan} />
        {plan.status === 'closed'
          ? (
            <MessageBar intent="info">
              <MessageBarBody>
                {t(m['session.closed'])}
                {plan.closure && <ClosureSummary closure={plan.closure} authorityName={authorityName} />}
              </MessageBarBody>
            </MessageBar>
          )
          : canStart
            ? <div><Button appearance="primary" icon={<PlayRegular />} onClick={start}>{t(m['session.start'])}</Button></div>
            : <MessageBar intent="warning"><MessageBarBody>{t(m['session.notActive'])}</MessageBarBody></MessageBar>}
        <PastEvaluations plan={plan} />
      </div>
    );
  }

  const change = (evaluation: Evaluation) => onPlanChange(updateEvaluation(plan, open.id, () => evaluation));
  return (
    <div className={styles.session}>
      <SessionTitle plan={plan} evaluation={open} />
      <section className={styles.part} aria-labelledby="eval-incidents">
        <h3 id="eval-incidents" className={styles.heading}>{t(lm['incidents.heading'])}</h3>
        <IncidentLog plan={plan} evaluation={open} />
      </section>
      <section className={styles.part} aria-labelledby="eval-agreements">
        <h3 id="eval-agreements" className={styles.heading}>{t(m['agreements.heading'])}</h3>
        <AgreementReviewPanel plan={plan} evaluation={open} onChange={change} />
      </section>
      <section className={styles.part} aria-labelledby="eval-scale">
        <h3 id="eval-scale" className={styles.heading}>{t(m['scale.heading'])}</h3>
        <ScoringPanel plan={plan} evaluation={open} onChange={change} />
        {(open.scores.length === 0 || (open.noScoresReason ?? '') !== '') && (
          // Seed 004 §9: a decision rests on the scaling question, or on a recorded reason why nobody scored.
          <Field label={t(m['substance.noScoresReason'])} hint={t(m['substance.noScoresReason.hint'])}>
            <Textarea value={open.noScoresReason ?? ''} resize="vertical" onChange={(_, d) => change({ ...open, noScoresReason: d.value })} />
          </Field>
        )}
      </section>
      <section className={styles.part} aria-labelledby="eval-child">
        <h3 id="eval-child" className={styles.heading}>{t(m['child.heading'])}</h3>
        <ChildVoicePanel plan={plan} evaluation={open} onChange={change} />
      </section>
      {hasNonNegotiables(plan) && (
        <section className={styles.part} aria-labelledby="eval-conditions">
          <h3 id="eval-conditions" className={styles.heading}>{t(m['substance.conditions.heading'])}</h3>
          <Field label={t(m['substance.conditions'])} hint={t(m['substance.conditions.hint'])}>
            <Textarea value={open.conditionsReview ?? ''} resize="vertical" onChange={(_, d) => change({ ...open, conditionsReview: d.value })} />
          </Field>
        </section>
      )}
      <section className={styles.part} aria-label={`${t(m['summary.wentWell'])} ${t(m['summary.hard'])}`}>
        <Field label={t(m['summary.wentWell'])}>
          <Textarea value={open.wentWell} resize="vertical" onChange={(_, d) => change({ ...open, wentWell: d.value })} />
        </Field>
        <Field label={t(m['summary.hard'])}>
          <Textarea value={open.hard} resize="vertical" onChange={(_, d) => change({ ...open, hard: d.value })} />
        </Field>
      </section>
      <section className={styles.part} aria-labelledby="eval-decision">
        <h3 id="eval-decision" className={styles.heading}>{t(m['decision.heading'])}</h3>
        <DecisionPanel plan={plan} onPlanChange={onPlanChange} onDecided={onDecided} />
      </section>
    </div>
  );
}

function SessionTitle({ plan, evaluation }: { plan: Plan; evaluation: Evaluation }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <div className={styles.part}>
      <h3 className={styles.heading}>{t(m['session.inProgress'], { date: formatDate(evaluation.date, locale), version: evaluation.planVersion })}</h3>
      <PlannedDate plan={plan} />
    </div>
  );
}

function PlannedDate({ plan }: { plan: Plan }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <p className={styles.muted}>
      {plan.evaluationDate ? t(m['session.planned'], { date: formatDate(plan.evaluationDate, locale) }) : t(m['session.notPlanned'])}
    </p>
  );
}

function PastEvaluations({ plan }: { plan: Plan }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const past = evaluationsInOrder(plan).filter((e) => e.decision !== null);
  return (
    <section className={styles.part} aria-labelledby="eval-past">
      <h3 id="eval-past" className={styles.subheading}>{t(m['session.past'])}</h3>
      {past.length === 0 ? <p className={styles.muted}>{t(m['session.noPast'])}</p> : (
        <ul className={styles.past}>
          {past.map((e) => (
            <li key={e.id}>
              {t(m['session.pastItem'], {
                date: formatDate(e.date, locale), version: e.planVersion, decision: t(e.decision ? m[`decisionName.${e.decision}`] : m['decisionName.none']),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
