import { useEffect, useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Textarea } from '@fluentui/react-components';
import { changeGoal, groupFieldFor, removeGoal } from '../../domain';
import type { ConditionEditRequest, Plan } from '../../domain';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useLocale } from '../services';
import { useT } from '../useT';

/**
 * A safety condition only goes with a stated reason (the domain refuses otherwise). `baseline` is the plan as it was
 * when editing began: a condition typed in since then may go without one (domain/conditions.ts decides).
 */
export function RemoveConditionDialog({ plan, goalId, baseline, onDone }: { plan: Plan; goalId: string | null; baseline?: Plan; onDone: (next: Plan | null) => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const result = goalId ? removeGoal(plan, goalId, reason, baseline) : null;
  return (
    // Closed through `open`, never by unmounting: an unmounted open Dialog leaves aria-hidden on the page (microsoft/fluentui#35139).
    <Dialog open={goalId !== null} modalType="alert" onOpenChange={(_, d) => { if (!d.open) onDone(null); }}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(m['editor.removeCondition.title'])}</DialogTitle>
          <DialogContent>
            <p>{t(m['editor.removeCondition.body'])}</p>
            <Field label={t(m['editor.removeCondition.reason'])} required>
              <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => onDone(null)}>{t(m['editor.cancel'])}</Button>
            <Button appearance="primary" disabled={!result?.ok} onClick={() => { if (result?.ok) { setReason(''); onDone(result.plan); } }}>{t(m['editor.removeCondition.confirm'])}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The label of a goal kind as the template names it, in the user's language. */
function useKindLabel(): (kind: string | null) => string | null {
  const locale = useLocale();
  const kindField = groupFieldFor('goals')?.fields.find((f) => f.id === 'kind');
  return (kind) => {
    if (kind === null || kindField?.kind !== 'select') return null;
    return kindField.options.find((o) => o.value === kind)?.label[locale] ?? kind;
  };
}

/**
 * Changing a safety condition's kind or text: the editor proposed the change (`request`), the domain refused it
 * without a reason. The dialog shows the condition as it reads now, lets the user finish the new text, and asks why.
 */
export function ChangeConditionDialog({ plan, request, baseline, onDone }: {
  plan: Plan;
  request: ConditionEditRequest | null;
  baseline?: Plan;
  onDone: (next: Plan | null) => void;
}) {
  const t = useT();
  const kindLabel = useKindLabel();
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const goal = request ? plan.goals.find((g) => g.id === request.goalId) : undefined;
  const proposedText = request?.change.text;
  // A new request starts from the text the user was typing (or nothing to type, for a change of kind).
  useEffect(() => { setText(proposedText ?? ''); setReason(''); }, [request, proposedText]);
  const change = request ? { ...request.change, ...(proposedText !== undefined ? { text } : {}) } : null;
  const result = request && change ? changeGoal(plan, request.goalId, change, reason, { baseline }) : null;
  const close = (next: Plan | null): void => { setReason(''); onDone(next); };
  const newKind = request?.change.kind;
  return (
    <Dialog open={request !== null && goal !== undefined} modalType="alert" onOpenChange={(_, d) => { if (!d.open) close(null); }}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(m['editor.changeCondition.title'])}</DialogTitle>
          <DialogContent>
            <p>{t(m['editor.changeCondition.body'])}</p>
            <Field label={t(m['editor.changeCondition.current'])}>
              <Textarea value={goal?.text ?? ''} readOnly />
            </Field>
            {proposedText !== undefined && (
              <Field label={t(m['editor.changeCondition.newText'])}>
                <Textarea value={text} onChange={(_, d) => setText(d.value)} />
              </Field>
            )}
            {newKind !== undefined && (
              <p>{t(m['editor.changeCondition.newKind'], { kind: kindLabel(newKind) ?? t(m['editor.changeCondition.noKind']) })}</p>
            )}
            <Field label={t(m['editor.removeCondition.reason'])} required>
              <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => close(null)}>{t(m['editor.cancel'])}</Button>
            <Button appearance="primary" disabled={!result?.ok} onClick={() => { if (result?.ok) close(result.plan); }}>{t(m['editor.changeCondition.confirm'])}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
