import { Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { children, recordChildVoice } from '../../domain';
import type { Evaluation, Plan } from '../../domain';
import { evaluationMessages as m } from '../../i18n/areas/evaluation';
import { useT } from '../useT';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/**
 * The child's own words: what they worry about and what makes them feel safe. The child's score is given at
 * the scaling questions (with faces, behind the same "own entry first" rule); here it only says that it was given,
 * so the number does not reach someone who still has to give theirs.
 */
export function ChildVoicePanel({ plan, evaluation, onChange }: { plan: Plan; evaluation: Evaluation; onChange: (e: Evaluation) => void }) {
  const t = useT();
  const styles = useStyles();
  const kids = children(plan);
  if (kids.length === 0) return <p className={styles.muted}>{t(m['child.none'])}</p>;
  return (
    <div className={styles.list}>
      <p className={styles.muted}>{t(m['child.intro'])}</p>
      {kids.map((child) => {
        const voice = evaluation.childVoices.find((v) => v.childId === child.id) ?? { childId: child.id, worries: '', feelsSafeWhen: '', score: null };
        const set = (change: Partial<typeof voice>) => onChange(recordChildVoice(evaluation, child.id, { ...voice, ...change }));
        const headingId = `child-voice-${child.id}`;
        return (
          <section key={child.id} className={styles.item} aria-labelledby={headingId}>
            <h4 id={headingId} className={styles.heading}>{t(m['child.of'], { name: child.name })}</h4>
            <Field label={t(m['child.worries'])}>
              <Textarea value={voice.worries} resize="vertical" onChange={(_, d) => set({ worries: d.value })} />
            </Field>
            <Field label={t(m['child.safe'])}>
              <Textarea value={voice.feelsSafeWhen} resize="vertical" onChange={(_, d) => set({ feelsSafeWhen: d.value })} />
            </Field>
            {voice.score === null
              ? <p className={styles.muted}>{t(m['child.noScore'])}</p>
              : <p className={styles.muted}>{t(m['child.scored'], { name: child.name })}</p>}
          </section>
        );
      })}
    </div>
  );
}
