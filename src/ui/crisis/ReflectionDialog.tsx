import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import { PersonFeedbackRegular } from '@fluentui/react-icons';
import { REFLECTION_QUESTIONS, reflectionOccasion, writtenAnswers } from '../../domain';
import type { Plan, ReflectionAnswers, ReflectionOccasion } from '../../domain';
import type { ReflectionStore } from '../../app/ports';
import { REFLECTION_MAX_AGE_DAYS } from '../../app/reflectionPolicy';
import { crisisMessages as m } from '../../i18n/areas/crisis';
import { useServices } from '../services';
import { useT } from '../useT';

const useStyles = makeStyles({
  questions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', justifyContent: 'flex-end' },
  offer: {
    display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground3,
  },
  offerText: { flexGrow: 1, minWidth: '12rem' },
});

type Status = 'idle' | 'saving' | 'saved' | 'failed' | 'removed' | 'removeFailed';

/**
 * Seed 003's reflection for the professional: offered once when the plan is activated and once after each evaluation
 * (domain/reflection.ts decides the occasion), and open at any time from its button. It is offered, not opened: the
 * professional may be sharing the screen with the family at that moment, and the questions are theirs alone. The
 * answers go to the ReflectionStore on this device only, never into the plan: nothing here calls onPlanChange.
 */
export function ReflectionPrompt({ plan }: { plan: Plan }) {
  const t = useT();
  const styles = useStyles();
  const { reflections } = useServices();
  const occasion = reflectionOccasion(plan);
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [answers, setAnswers] = useState<ReflectionAnswers>({});
  const [status, setStatus] = useState<Status>('idle');
  const key = occasion?.key ?? null;

  // Offered once per occasion: while this account has neither answered nor skipped it on this device.
  useEffect(() => {
    setPending(false);
    if (!reflections || key === null) return undefined;
    let current = true;
    reflections.get(plan.id, key).then((entry) => {
      if (!current) return;
      setAnswers(entry?.answers ?? {});
      setStatus('idle');
      setPending(entry === null);
    }).catch(() => undefined);
    return () => { current = false; };
  }, [reflections, plan.id, key]);

  if (occasion === null) return null;
  const skip = async () => {
    if (!reflections) return setPending(false);
    try {
      await reflections.put({ planId: plan.id, occasion: occasion.key, answers: {}, status: 'skipped' });
    } catch {
      // Not stored: the offer simply comes back next time; nothing of the plan depends on it.
    }
    setPending(false);
  };
  return (
    // The dialog keeps one place in the tree whether or not the offer shows, so it is never unmounted while open.
    <div className={pending ? styles.offer : styles.bar}>
      {pending && <Text className={styles.offerText}>{occasion.kind === 'evaluation' ? t(m['reflection.offer.evaluation']) : t(m['reflection.offer.activation'])}</Text>}
      <ReflectionDialog
        open={open} occasion={occasion} planId={plan.id} store={reflections ?? null}
        answers={answers} status={status} onAnswers={setAnswers} onStatus={setStatus} onOpenChange={setOpen} onKept={() => setPending(false)}
        trigger={<Button icon={<PersonFeedbackRegular />} appearance={pending ? 'primary' : 'secondary'}>{t(m['reflection.open'])}</Button>}
      />
      {pending && <Button onClick={() => void skip()}>{t(m['reflection.later'])}</Button>}
    </div>
  );
}

interface ReflectionDialogProps {
  open: boolean;
  occasion: ReflectionOccasion;
  planId: string;
  store: ReflectionStore | null;
  answers: ReflectionAnswers;
  status: Status;
  onAnswers: (answers: ReflectionAnswers) => void;
  onStatus: (status: Status) => void;
  onOpenChange: (open: boolean) => void;
  /** Called once the occasion is answered or skipped in the store. */
  onKept: () => void;
  /** The button that opens the dialog: a DialogTrigger, so Fluent moves focus in and back out (and manages aria-hidden). */
  trigger: ReactElement;
}

function ReflectionDialog({ open, occasion, planId, store, answers, status, onAnswers, onStatus, onOpenChange, onKept, trigger }: ReflectionDialogProps) {
  const t = useT();
  const styles = useStyles();
  const onClose = () => onOpenChange(false);
  const keep = async (kind: 'answered' | 'skipped') => {
    if (!store) return onClose();
    onStatus('saving');
    try {
      const written = writtenAnswers(answers);
      // "Not now" keeps what was typed, but marks the occasion so the dialog does not open by itself again.
      await store.put({ planId, occasion: occasion.key, answers: written, status: kind === 'answered' || Object.keys(written).length > 0 ? 'answered' : 'skipped' });
      onStatus(kind === 'answered' ? 'saved' : 'idle');
      onKept();
      if (kind === 'skipped') onClose();
    } catch {
      onStatus('failed');
    }
  };
  // Every plan's answers of this account on this device, not only this occasion's: the user's own erase.
  const removeAll = async () => {
    if (!store) return;
    onStatus('saving');
    try {
      await store.removeAll();
      onAnswers({});
      onStatus('removed');
    } catch {
      onStatus('removeFailed');
    }
  };
  return (
    // Closed through `open`, never by unmounting (microsoft/fluentui#35139, as RemoveConditionDialog).
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => onOpenChange(d.open)}>
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(m['reflection.title'])}</DialogTitle>
          <DialogContent className={styles.questions}>
            <p>{occasion.kind === 'evaluation' ? t(m['reflection.evaluation']) : t(m['reflection.activation'])}</p>
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t(store ? m['reflection.private'] : m['reflection.unavailable'], { days: REFLECTION_MAX_AGE_DAYS })}</MessageBarBody>
            </MessageBar>
            {REFLECTION_QUESTIONS.map((q) => (
              <Field key={q} label={t(m[`reflection.q.${q}`])}>
                <Textarea resize="vertical" value={answers[q] ?? ''} onChange={(_, d) => { onAnswers({ ...answers, [q]: d.value }); if (status === 'saved') onStatus('idle'); }} />
              </Field>
            ))}
            <div role="status">
              {status === 'saved' && t(m['reflection.saved'])}
              {status === 'removed' && t(m['reflection.removed'])}
            </div>
            {status === 'removeFailed' && <MessageBar intent="error" layout="multiline"><MessageBarBody>{t(m['reflection.removeFailed'])}</MessageBarBody></MessageBar>}
            {status === 'failed' && <MessageBar intent="error" layout="multiline"><MessageBarBody>{t(m['reflection.failed'])}</MessageBarBody></MessageBar>}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!store || status === 'saving'} onClick={() => void keep('answered')}>{t(m['reflection.save'])}</Button>
            <Button onClick={() => void keep('skipped')}>{t(m['reflection.later'])}</Button>
            {store && <Button appearance="subtle" disabled={status === 'saving'} onClick={() => void removeAll()}>{t(m['reflection.removeAll'])}</Button>}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
