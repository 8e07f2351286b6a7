import { useState } from 'react';
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens,
} from '@fluentui/react-components';
import { EyeOffRegular, LockClosedRegular } from '@fluentui/react-icons';
import { DEFAULT_SCALE_ENDS, allPeople, hasScored, participants, recordScore, scaleEnds, setScaleEnds, visibleScores } from '../../domain';
import type { Audience, Evaluation, Participant, Plan } from '../../domain';
import { evaluationMessages as m } from '../../i18n/areas/evaluation';
import { useLocale } from '../services';
import { useT } from '../useT';
import { FaceIcon, ScaleInput } from './ScaleInput';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  turn: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  question: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  own: { margin: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase400 },
  face: { fontSize: '1.5rem', color: tokens.colorBrandForeground1 },
  others: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  labels: { display: 'grid', gap: tokens.spacingVerticalS, gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const AUDIENCES: ReadonlyArray<Audience> = ['professional', 'parent', 'child'];

export interface ScoringPanelProps {
  plan: Plan;
  evaluation: Evaluation;
  onChange: (evaluation: Evaluation) => void;
}

/**
 * Scaling questions answered one person at a time, e.g. passing a laptop or tablet round the table.
 * A person sees the others' scores only after recording their own, and cannot change it afterwards,
 * so no one's number is moved by someone else's.
 */
export function ScoringPanel({ plan, evaluation, onChange }: ScoringPanelProps) {
  const t = useT();
  const styles = useStyles();
  const people = participants(plan, evaluation);
  const [current, setCurrent] = useState('');
  const done = people.filter((p) => hasScored(evaluation, p.id)).length;
  const person = people.find((p) => p.id === current);
  const names = new Map(allPeople(plan).map((p) => [p.id, p.name]));
  const nameOf = (id: string) => names.get(id) ?? t(m['chart.removed']);

  if (people.length === 0) return <p className={styles.muted}>{t(m['scale.noParticipants'])}</p>;

  return (
    <div className={styles.panel}>
      <p className={styles.muted}>{t(m['scale.intro'])}</p>
      <Field label={t(m['scale.who'])}>
        <Select value={current} onChange={(_, d) => setCurrent(d.value)}>
          <option value="">{t(m['scale.choose'])}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>{hasScored(evaluation, p.id) ? `${p.name} (${t(m['scale.recorded'])})` : p.name}</option>
          ))}
        </Select>
      </Field>
      <p className={styles.muted} aria-live="polite">{t(m['scale.progress'], { n: done, total: people.length })}</p>
      {person && (
        <Turn key={person.id} person={person} evaluation={evaluation} nameOf={nameOf} onChange={onChange} onDone={() => setCurrent('')} />
      )}
      <Accordion collapsible>
        <AccordionItem value="labels">
          <AccordionHeader>{t(m['scale.labels'])}</AccordionHeader>
          <AccordionPanel>
            <ScaleLabelsEditor evaluation={evaluation} onChange={onChange} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}

interface TurnProps {
  person: Participant;
  evaluation: Evaluation;
  nameOf: (id: string) => string;
  onChange: (e: Evaluation) => void;
  onDone: () => void;
}

function Turn({ person, evaluation, nameOf, onChange, onDone }: TurnProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [pending, setPending] = useState<number | null>(null);
  const view = visibleScores(evaluation, person.id);
  const ends = scaleEnds(evaluation, person.audience, locale);
  const label = t(m['scale.scoreOf'], { name: person.name });
  const headingId = `turn-${person.id}`;

  return (
    <section className={styles.turn} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.question}>{label}</h4>
      {!view.revealed ? (
        <>
          <p className={styles.muted}>{t(m[person.audience === 'child' ? 'scale.childQuestion' : 'scale.question'])}</p>
          <ScaleInput audience={person.audience} value={pending} onChange={setPending} label={label} lowText={ends.low} highText={ends.high} />
          <MessageBar intent="info" icon={<EyeOffRegular />}><MessageBarBody>{t(m['scale.hiddenUntilOwn'])}</MessageBarBody></MessageBar>
          <div className={styles.row}>
            <Button appearance="primary" icon={<LockClosedRegular />} disabled={pending === null}
              onClick={() => { if (pending !== null) onChange(recordScore(evaluation, person.id, person.audience, pending)); }}>
              {t(m['scale.save'])}
            </Button>
          </div>
        </>
      ) : (
        <>
          <p className={styles.own}>
            {person.audience === 'child' && <FaceIcon score={view.own.score} className={styles.face} />}
            {t(m['scale.own'], { score: view.own.score })}
          </p>
          <RevealedScores others={view.others} nameOf={nameOf} />
          <div className={styles.row}>
            <Button icon={<EyeOffRegular />} onClick={onDone}>{t(m['scale.hide'])}</Button>
          </div>
        </>
      )}
    </section>
  );
}

function RevealedScores({ others, nameOf }: { others: ReadonlyArray<{ personId: string; score: number }>; nameOf: (id: string) => string }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div aria-live="polite">
      <h5 className={styles.question}>{t(m['scale.others'])}</h5>
      {others.length === 0 ? <p className={styles.muted}>{t(m['scale.noOthers'])}</p> : (
        <ul className={styles.others}>
          {others.map((s) => <li key={s.personId}>{`${nameOf(s.personId)}: ${s.score}`}</li>)}
        </ul>
      )}
    </div>
  );
}

function ScaleLabelsEditor({ evaluation, onChange }: { evaluation: Evaluation; onChange: (e: Evaluation) => void }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <div className={styles.labels}>
      {AUDIENCES.map((audience) => {
        const defaults = DEFAULT_SCALE_ENDS[audience];
        const own = evaluation.scaleLabels?.[audience] ?? { low: '', high: '' };
        const group = t(m[`audience.${audience}`]);
        const set = (low: string, high: string) => onChange(setScaleEnds(evaluation, audience, { low, high }));
        return (
          <div key={audience} className={styles.panel}>
            <Field label={t(m['scale.labelLow'], { audience: group })}>
              <Input value={own.low} placeholder={defaults.low[locale]} onChange={(_, d) => set(d.value, own.high)} />
            </Field>
            <Field label={t(m['scale.labelHigh'], { audience: group })}>
              <Input value={own.high} placeholder={defaults.high[locale]} onChange={(_, d) => set(own.low, d.value)} />
            </Field>
          </div>
        );
      })}
    </div>
  );
}
