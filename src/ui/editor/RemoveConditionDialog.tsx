import { useEffect, useState } from 'react';
import { Field, Textarea } from '@fluentui/react-components';
import { changeBottomLine, changeGoal, groupFieldFor, removeBottomLine, removeGoal } from '../../domain';
import type { BottomLineEditRequest, ConditionEditRequest, Plan } from '../../domain';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useLocale } from '../services';
import { useT } from '../useT';
import { ReasonDialog } from './ReasonDialog';

/**
 * A safety condition only goes with a stated reason (the domain refuses otherwise). `baseline` is the plan as it was
 * when editing began: a condition typed in since then may go without one (domain/conditions.ts decides).
 */
export function RemoveConditionDialog({ plan, goalId, baseline, onDone }: { plan: Plan; goalId: string | null; baseline?: Plan; onDone: (next: Plan | null) => void }) {
  const t = useT();
  return (
    <ReasonDialog open={goalId !== null} plan={plan} title={t(m['editor.removeCondition.title'])} body={t(m['editor.removeCondition.body'])}
      confirm={t(m['editor.removeCondition.confirm'])} onDone={onDone}
      attempt={(reason, by) => (goalId ? removeGoal(plan, goalId, reason, baseline, by) : null)} />
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

/** The text the user was typing when the domain asked for a reason: the dialog lets them finish it. */
function useProposedText(request: unknown, proposed: string | undefined): [string, (text: string) => void] {
  const [text, setText] = useState('');
  useEffect(() => { setText(proposed ?? ''); }, [request, proposed]);
  return [text, setText];
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
  const goal = request ? plan.goals.find((g) => g.id === request.goalId) : undefined;
  const proposedText = request?.change.text;
  const [text, setText] = useProposedText(request, proposedText);
  const newKind = request?.change.kind;
  return (
    <ReasonDialog open={request !== null && goal !== undefined} plan={plan} title={t(m['editor.changeCondition.title'])}
      body={t(m['editor.changeCondition.body'])} confirm={t(m['editor.changeCondition.confirm'])} onDone={onDone}
      attempt={(reason, by) => (request
        ? changeGoal(plan, request.goalId, { ...request.change, ...(proposedText !== undefined ? { text } : {}) }, reason, { baseline, by })
        : null)}>
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
    </ReasonDialog>
  );
}

/**
 * A crisis bottom line (seed 002: agreed with the referrer) goes only with a stated reason, kept in the history like a
 * condition's. A bottom line typed in since the list was opened goes freely (domain/history.ts decides).
 */
export function RemoveBottomLineDialog({ plan, bottomLineId, baseline, onDone }: {
  plan: Plan;
  bottomLineId: string | null;
  baseline?: Plan;
  onDone: (next: Plan | null) => void;
}) {
  const t = useT();
  const line = bottomLineId ? plan.bottomLines.find((b) => b.id === bottomLineId) : undefined;
  return (
    <ReasonDialog open={line !== undefined} plan={plan} title={t(m['editor.removeBottomLine.title'])} body={t(m['editor.removeBottomLine.body'])}
      confirm={t(m['editor.removeBottomLine.confirm'])} onDone={onDone}
      attempt={(reason, by) => (bottomLineId ? removeBottomLine(plan, bottomLineId, reason, by, baseline) : null)}>
      <BottomLineAsItReads requirement={line?.requirement ?? ''} actionWhen={line?.actionWhen ?? ''} />
    </ReasonDialog>
  );
}

function BottomLineAsItReads({ requirement, actionWhen }: { requirement: string; actionWhen: string }) {
  const t = useT();
  return (
    <>
      <Field label={t(m['editor.changeBottomLine.currentRequirement'])}>
        <Textarea value={requirement} readOnly />
      </Field>
      <Field label={t(m['editor.changeBottomLine.currentActionWhen'])}>
        <Textarea value={actionWhen} readOnly />
      </Field>
    </>
  );
}

/**
 * Changing a bottom line's requirement or its point of action: the editor proposed the change (`request`), the domain
 * refused it without a reason. The dialog shows the bottom line as it reads now, lets the user finish the new text, and asks why.
 */
export function ChangeBottomLineDialog({ plan, request, baseline, onDone }: {
  plan: Plan;
  request: BottomLineEditRequest | null;
  baseline?: Plan;
  onDone: (next: Plan | null) => void;
}) {
  const t = useT();
  const line = request ? plan.bottomLines.find((b) => b.id === request.bottomLineId) : undefined;
  const field = request?.change.requirement !== undefined ? 'requirement' : 'actionWhen';
  const [text, setText] = useProposedText(request, request?.change[field]);
  return (
    <ReasonDialog open={request !== null && line !== undefined} plan={plan} title={t(m['editor.changeBottomLine.title'])}
      body={t(m['editor.changeBottomLine.body'])} confirm={t(m['editor.changeCondition.confirm'])} onDone={onDone}
      attempt={(reason, by) => (request ? changeBottomLine(plan, request.bottomLineId, { [field]: text }, reason, by, baseline) : null)}>
      <BottomLineAsItReads requirement={line?.requirement ?? ''} actionWhen={line?.actionWhen ?? ''} />
      <Field label={t(m[field === 'requirement' ? 'editor.changeBottomLine.newRequirement' : 'editor.changeBottomLine.newActionWhen'])}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
    </ReasonDialog>
  );
}
