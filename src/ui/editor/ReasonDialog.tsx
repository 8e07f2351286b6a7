import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, MessageBar, MessageBarBody, Select, Textarea,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { isoDay, recordedByProblems } from '../../domain';
import type { Plan, RecordedBy } from '../../domain';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useServices } from '../services';
import { useT } from '../useT';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** What the domain answers for a reason and a recorder: the plan after the change, or a refusal. */
export type ReasonAttempt = { ok: true; plan: Plan } | { ok: false };

export interface ReasonDialogProps {
  open: boolean;
  /** The plan the change is made to: its professionals are the ones who can record it. */
  plan: Plan;
  title: string;
  body: string;
  confirm: string;
  /** Asked again at every keystroke; the dialog only collects what the domain needs (history.ts, conditions.ts decide). */
  attempt: (reason: string, by: RecordedBy) => ReasonAttempt | null;
  onDone: (next: Plan | null) => void;
  /** What the dialog shows between its explanation and the reason (the condition or bottom line as it reads now). */
  children?: ReactNode;
}

/**
 * The dialog of a change to a non-negotiable (a safety condition or a bottom line): a substantive reason, the
 * professional who records it and the day (today unless the change was agreed earlier). Confirming is possible once the
 * domain accepts the change and the record names a professional and a day (`recordedByProblems`, the same test as the
 * quality check's `condition-history`).
 */
export function ReasonDialog({ open, plan, title, body, confirm, attempt, onDone, children }: ReasonDialogProps) {
  const t = useT();
  const styles = useStyles();
  const { clock } = useServices();
  const [reason, setReason] = useState('');
  const [professionalId, setProfessionalId] = useState<string | null>(null);
  const [date, setDate] = useState(() => isoDay(clock.now()));
  // Each opening starts with an empty reason and today's date; the professional chosen last is kept (usually the same one).
  useEffect(() => {
    if (!open) return;
    setReason('');
    setDate(isoDay(clock.now()));
  }, [open, clock]);
  const by: RecordedBy = { professionalId, date };
  const missing = recordedByProblems(plan, by);
  const result = open ? attempt(reason, by) : null;
  const ready = result?.ok === true && missing.length === 0;
  const close = (next: Plan | null): void => { setReason(''); onDone(next); };
  const chosen = professionalId !== null && plan.professionals.some((p) => p.id === professionalId) ? professionalId : '';
  return (
    // Closed through `open`, never by unmounting: an unmounted open Dialog leaves aria-hidden on the page (microsoft/fluentui#35139).
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => { if (!d.open) close(null); }}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            <p>{body}</p>
            {children}
            <Field label={t(m['editor.removeCondition.reason'])} hint={t(m['editor.reason.hint'])} required>
              <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
            </Field>
            {plan.professionals.length === 0 ? (
              <MessageBar intent="warning"><MessageBarBody>{t(m['editor.recordedBy.noProfessionals'])}</MessageBarBody></MessageBar>
            ) : (
              <Field label={t(m['editor.recordedBy.professional'])} required
                hint={missing.includes('professional') ? t(m['editor.recordedBy.chooseProfessional']) : undefined}>
                <Select value={chosen} onChange={(_, d) => setProfessionalId(d.value === '' ? null : d.value)}>
                  <option value="">{t(m['editor.choose'])}</option>
                  {plan.professionals.map((p) => <option key={p.id} value={p.id}>{p.name.trim() || t(m['picker.unknown'])}</option>)}
                </Select>
              </Field>
            )}
            <Field label={t(m['editor.recordedBy.date'])} required
              validationMessage={missing.includes('date') ? t(m['editor.recordedBy.chooseDate']) : undefined}>
              <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => close(null)}>{t(m['editor.cancel'])}</Button>
            <Button appearance="primary" disabled={!ready} onClick={() => { if (ready && result?.ok) close(result.plan); }}>{confirm}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
