import { useEffect, useRef, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { addItem, applyEdit, getIn, isPersonList, moveItem, newGroupItem, newId, removeGoal, removeItemAt, removePerson, setValue } from '../../domain';
import type { ConditionEditRequest, EditPath, Field, GroupField, Plan, TextListField } from '../../domain';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useLocale } from '../services';
import { useT } from '../useT';
import { FieldControl } from './FieldControl';
import { fieldDomId } from './fieldIds';
import { ChangeConditionDialog, RemoveConditionDialog } from './RemoveConditionDialog';
import { LIST_LIMIT } from '../../domain/limits';
import { formatCount } from './LimitedText';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  tools: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface ListEditorProps<F> {
  field: F;
  path: EditPath;
  plan: Plan;
  onPlanChange: (plan: Plan) => void;
  /** Set by the goals list: edits to a safety condition that need a reason are handed here instead of being applied. */
  conditionGuard?: ConditionGuard;
}

/** The plan as it was when the list was opened, and where to ask for a reason (domain/conditions.ts decides when). */
export interface ConditionGuard {
  baseline: Plan;
  onNeedsReason: (request: ConditionEditRequest) => void;
}

function itemTitle(item: Record<string, unknown>): string {
  const name = typeof item.name === 'string' ? item.name : typeof item.text === 'string' ? item.text : '';
  return name.trim().slice(0, 40);
}

/**
 * Renders any field (scalar, text list or group) at `path`. Every edit goes through the domain's `applyEdit`, which
 * refuses a change to a safety condition without a reason and normalises the plan (a copy's consent lapses with its address).
 */
export function AnyField({ field, path, plan, onPlanChange, conditionGuard }: ListEditorProps<Field>) {
  if (field.kind === 'group') return <GroupEditor field={field} path={path} plan={plan} onPlanChange={onPlanChange} />;
  if (field.kind === 'textList') return <TextListEditor field={field} path={path} plan={plan} onPlanChange={onPlanChange} />;
  const onChange = (value: unknown): void => {
    const result = applyEdit(plan, path, value, conditionGuard?.baseline);
    if (result.ok) onPlanChange(result.plan);
    else conditionGuard?.onNeedsReason(result.request);
  };
  return <FieldControl field={field} path={path} plan={plan} value={getIn(plan, path)} onChange={onChange} />;
}

/** The plan when this list was first shown for this plan id: conditions typed in since then may still be corrected freely. */
function useBaseline(plan: Plan): Plan {
  const ref = useRef(plan);
  if (ref.current.id !== plan.id) ref.current = plan;
  return ref.current;
}

function useFocusAfterAdd(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (target) document.getElementById(target)?.focus();
  }, [target]);
  return setTarget;
}

/** A repeating list of records: add, edit, reorder and remove. */
export function GroupEditor({ field, path, plan, onPlanChange }: ListEditorProps<GroupField>) {
  const locale = useLocale();
  const t = useT();
  const styles = useStyles();
  const focusLater = useFocusAfterAdd();
  const [conditionToRemove, setConditionToRemove] = useState<string | null>(null);
  const [conditionEdit, setConditionEdit] = useState<ConditionEditRequest | null>(null);
  const baseline = useBaseline(plan);
  const items = (getIn(plan, path) as Array<Record<string, unknown>> | undefined) ?? [];
  const itemLabel = field.itemLabel[locale];
  const isTopLevel = path.length === 1;
  const guard: ConditionGuard | undefined = isTopLevel && path[0] === 'goals' ? { baseline, onNeedsReason: setConditionEdit } : undefined;

  const add = () => {
    onPlanChange(addItem(plan, path, newGroupItem(field)));
    const first = field.fields[0];
    if (first) focusLater(fieldDomId([...path, items.length, first.id]));
  };

  const remove = (index: number) => {
    const item = items[index];
    const id = typeof item?.id === 'string' ? item.id : '';
    const key = String(path[0]);
    if (isTopLevel && isPersonList(key)) return onPlanChange(removePerson(plan, id));
    if (isTopLevel && key === 'goals') {
      const result = removeGoal(plan, id, '', baseline);
      return result.ok ? onPlanChange(result.plan) : setConditionToRemove(id);
    }
    return onPlanChange(removeItemAt(plan, path, index));
  };

  return (
    <section className={styles.group} id={fieldDomId(path)} tabIndex={-1} aria-labelledby={`${fieldDomId(path)}-h`}>
      <h3 className={styles.heading} id={`${fieldDomId(path)}-h`}>{field.label[locale]}</h3>
      <p className={styles.hint}>{field.help[locale]}</p>
      <ul className={styles.list}>
        {items.map((item, index) => {
          const label = t(m['editor.item'], { item: itemLabel, n: index + 1 });
          const title = itemTitle(item);
          return (
            <li key={typeof item.id === 'string' ? item.id : index}>
              <fieldset className={styles.item} id={fieldDomId([...path, index])} tabIndex={-1}>
                <legend className={styles.legend}>{title ? `${label}: ${title}` : label}</legend>
                {field.fields.map((sub) => (
                  <AnyField key={sub.id} field={sub} path={[...path, index, sub.id]} plan={plan} onPlanChange={onPlanChange} conditionGuard={guard} />
                ))}
                <div className={styles.tools}>
                  <Button size="small" icon={<ArrowUpRegular />} disabled={index === 0} aria-label={t(m['editor.moveUp'], { item: label })}
                    onClick={() => onPlanChange(moveItem(plan, path, index, index - 1))} />
                  <Button size="small" icon={<ArrowDownRegular />} disabled={index === items.length - 1} aria-label={t(m['editor.moveDown'], { item: label })}
                    onClick={() => onPlanChange(moveItem(plan, path, index, index + 1))} />
                  <Button size="small" icon={<DeleteRegular />} onClick={() => remove(index)}>{t(m['editor.remove'], { item: label })}</Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <AddButton label={t(m['editor.add'], { item: itemLabel })} count={items.length} onAdd={add} />
      {guard && (
        // Only the goals list holds conditions, so only it carries the dialogs that ask for a reason.
        <>
          <RemoveConditionDialog plan={plan} goalId={conditionToRemove} baseline={baseline} onDone={(next) => { setConditionToRemove(null); if (next) onPlanChange(next); }} />
          <ChangeConditionDialog plan={plan} request={conditionEdit} baseline={baseline} onDone={(next) => { setConditionEdit(null); if (next) onPlanChange(next); }} />
        </>
      )}
    </section>
  );
}

/** A repeating list of free texts (concerns, danger statements, strengths...). */
export function TextListEditor({ field, path, plan, onPlanChange }: ListEditorProps<TextListField>) {
  const locale = useLocale();
  const t = useT();
  const styles = useStyles();
  const focusLater = useFocusAfterAdd();
  const items = (getIn(plan, path) as Array<{ id: string; text: string }> | undefined) ?? [];
  const itemLabel = field.itemLabel[locale];
  const textField = { id: 'text', kind: 'textarea', repeats: false, label: field.itemLabel, help: field.help } as const;

  const add = () => {
    onPlanChange(addItem(plan, path, { id: newId(), text: '' }));
    focusLater(fieldDomId([...path, items.length, 'text']));
  };

  return (
    <section className={styles.group} id={fieldDomId(path)} tabIndex={-1} aria-labelledby={`${fieldDomId(path)}-h`}>
      <h3 className={styles.heading} id={`${fieldDomId(path)}-h`}>{field.label[locale]}</h3>
      <p className={styles.hint}>{field.help[locale]}</p>
      <ul className={styles.list}>
        {items.map((item, index) => {
          const label = t(m['editor.item'], { item: itemLabel, n: index + 1 });
          return (
            <li key={item.id} className={styles.item}>
              <FieldControl field={{ ...textField, label: { nl: label, en: label }, help: { nl: '', en: '' } }} path={[...path, index, 'text']} plan={plan}
                value={item.text} onChange={(v) => onPlanChange(setValue(plan, [...path, index, 'text'], v))} />
              <div className={styles.tools}>
                <Button size="small" icon={<ArrowUpRegular />} disabled={index === 0} aria-label={t(m['editor.moveUp'], { item: label })}
                  onClick={() => onPlanChange(moveItem(plan, path, index, index - 1))} />
                <Button size="small" icon={<ArrowDownRegular />} disabled={index === items.length - 1} aria-label={t(m['editor.moveDown'], { item: label })}
                  onClick={() => onPlanChange(moveItem(plan, path, index, index + 1))} />
                <Button size="small" icon={<DeleteRegular />} onClick={() => onPlanChange(removeItemAt(plan, path, index))}>
                  {t(m['editor.remove'], { item: label })}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      <AddButton label={t(m['editor.add'], { item: itemLabel })} count={items.length} onAdd={add} />
    </section>
  );
}

/**
 * Adds an item until the list holds as many as the schema accepts (LIST_LIMIT); then it is disabled and says why,
 * so a list never grows into a plan that cannot be saved.
 */
function AddButton({ label, count, onAdd }: { label: string; count: number; onAdd: () => void }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const full = count >= LIST_LIMIT;
  return (
    <div>
      <Button icon={<AddRegular />} onClick={onAdd} disabled={full}>{label}</Button>
      {full && <p className={styles.hint}>{t(m['editor.list.full'], { max: formatCount(LIST_LIMIT, locale) })}</p>}
    </div>
  );
}
