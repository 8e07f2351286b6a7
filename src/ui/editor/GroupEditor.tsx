import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { addItem, applyEdit, getIn, isHistoryList, isPersonList, itemFieldFixed, moveItem, newGroupItem, newId, removeBottomLine, removeGoal, removeItemAt, removePerson, setValue } from '../../domain';
import type { BottomLineEditRequest, ConditionEditRequest, EditPath, Field, GroupField, Plan, TextListField } from '../../domain';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useLocale } from '../services';
import { useT } from '../useT';
import { FieldControl } from './FieldControl';
import { fieldDomId } from './fieldIds';
import { ChangeBottomLineDialog, ChangeConditionDialog, RemoveBottomLineDialog, RemoveConditionDialog } from './RemoveConditionDialog';
import { LIST_LIMIT } from '../../domain/limits';
import { formatCount } from './LimitedText';
import { usePlanEditing, useReadOnly } from './planEditing';
import { countRender } from './renderCount';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  // Long lists (200 agreements) stay light: the browser lays out and paints only the items near the screen, while
  // every item stays in the DOM, so find (Ctrl+F), Tab and screen readers still reach all of them.
  entry: { contentVisibility: 'auto', containIntrinsicSize: 'auto 22rem' },
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

/**
 * The plan as it was when the list was opened, and where to ask for a reason (domain/conditions.ts decides when for a
 * condition, domain/history.ts for a bottom line).
 */
export interface ConditionGuard {
  baseline: Plan;
  onNeedsReason: (request: ConditionEditRequest) => void;
  onBottomLineNeedsReason: (request: BottomLineEditRequest) => void;
}

export interface AnyFieldProps {
  field: Field;
  path: EditPath;
  /** The field's own slice of the plan: a field re-renders when this changes, not when the rest of the plan does. */
  value: unknown;
  /** Set by the goals and bottom-lines lists: edits to a safety condition or bottom line that need a reason are handed here instead of being applied. */
  conditionGuard?: ConditionGuard | undefined;
  /** Shown for reading only (a history record's written facts, domain history.ts `itemFieldFixed`). */
  fixed?: boolean | undefined;
}

type Item = Record<string, unknown>;

function itemTitle(item: Item): string {
  const name = typeof item.name === 'string' ? item.name : typeof item.text === 'string' ? item.text : '';
  return name.trim().slice(0, 40);
}

const samePath = (a: EditPath, b: EditPath) => a.length === b.length && a.every((key, i) => key === b[i]);

/** Props equal, paths compared by their keys (a parent builds a new path array at each render). */
function sameProps<P extends { path: EditPath }>(a: P, b: P): boolean {
  for (const key of Object.keys(a) as Array<keyof P>) {
    if (key === 'path' ? !samePath(a.path, b.path) : !Object.is(a[key], b[key])) return false;
  }
  return Object.keys(a).length === Object.keys(b).length;
}

/**
 * Renders any field (scalar, text list or group) at `path`. Every edit goes through the domain's `applyEdit`, which
 * refuses a change to a safety condition without a reason and normalises the plan (a copy's consent lapses with its address).
 */
export const AnyField = memo(function AnyField({ field, path, value, conditionGuard, fixed }: AnyFieldProps) {
  const { current, update } = usePlanEditing();
  const onChange = useCallback((next: unknown): void => {
    const result = applyEdit(current(), path, next, conditionGuard?.baseline);
    if (result.ok) update(result.plan);
    else if (result.reason === 'condition-needs-reason') conditionGuard?.onNeedsReason(result.request);
    else if (result.reason === 'bottom-line-needs-reason') conditionGuard?.onBottomLineNeedsReason(result.request);
    // The path is compared by its keys (sameProps), so a new array with the same keys keeps this handler.
  }, [current, update, path.join('/'), conditionGuard]);
  if (field.kind === 'group') return <GroupEditor field={field} path={path} items={(value as Item[] | undefined) ?? []} />;
  if (field.kind === 'textList') return <TextListEditor field={field} path={path} items={(value as TextItem[] | undefined) ?? []} />;
  return <FieldControl field={field} path={path} value={value} onChange={onChange} readOnly={fixed === true} />;
}, sameProps);

/** The plan when this list was first shown for this plan id: conditions typed in since then may still be corrected freely. */
function useBaseline(plan: () => Plan): Plan {
  const ref = useRef<Plan | null>(null);
  const now = ref.current === null || ref.current.id !== plan().id ? plan() : ref.current;
  ref.current = now;
  return now;
}

function useFocusAfterAdd(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (target) document.getElementById(target)?.focus();
  }, [target]);
  return setTarget;
}

/** A repeating list of records: add, edit, reorder and remove. */
export function GroupEditor({ field, path, items }: { field: GroupField; path: EditPath; items: ReadonlyArray<Item> }) {
  const locale = useLocale();
  const t = useT();
  const styles = useStyles();
  const { current, update } = usePlanEditing();
  const focusLater = useFocusAfterAdd();
  const [conditionToRemove, setConditionToRemove] = useState<string | null>(null);
  const [conditionEdit, setConditionEdit] = useState<ConditionEditRequest | null>(null);
  const [bottomLineToRemove, setBottomLineToRemove] = useState<string | null>(null);
  const [bottomLineEdit, setBottomLineEdit] = useState<BottomLineEditRequest | null>(null);
  const baseline = useBaseline(current);
  const itemLabel = field.itemLabel[locale];
  const isTopLevel = path.length === 1;
  const isGoals = isTopLevel && path[0] === 'goals';
  const isBottomLines = isTopLevel && path[0] === 'bottomLines';
  const guard = useMemo<ConditionGuard | undefined>(() => (isGoals || isBottomLines
    ? { baseline, onNeedsReason: setConditionEdit, onBottomLineNeedsReason: setBottomLineEdit } : undefined), [isGoals, isBottomLines, baseline]);
  const pathKey = path.join('/');
  // The history is written by the changes it records (domain history.ts), not added to by hand.
  const byChangeOnly = isHistoryList(path);

  const add = () => {
    update(addItem(current(), path, newGroupItem(field)));
    const first = field.fields[0];
    if (first) focusLater(fieldDomId([...path, items.length, first.id]));
  };

  // One handler for every item (it reads the list from the plan at the time of the click), so items stay memoised.
  const remove = useCallback((index: number) => {
    const plan = current();
    const item = ((getIn(plan, path) as Item[] | undefined) ?? [])[index];
    const id = typeof item?.id === 'string' ? item.id : '';
    const key = String(path[0]);
    if (path.length === 1 && isPersonList(key)) return update(removePerson(plan, id));
    if (path.length === 1 && key === 'goals') {
      const result = removeGoal(plan, id, '', baseline);
      if (result.ok) return update(result.plan);
      // A plan in force is not edited here at all (its tools are hidden); only a missing reason opens the dialog.
      return result.reason === 'locked' ? undefined : setConditionToRemove(id);
    }
    if (path.length === 1 && key === 'bottomLines') {
      const result = removeBottomLine(plan, id, '', undefined, baseline);
      if (result.ok) return update(result.plan);
      return result.reason === 'locked' ? undefined : setBottomLineToRemove(id);
    }
    return update(removeItemAt(plan, path, index));
  }, [current, update, pathKey, baseline]);
  const move = useCallback((from: number, to: number) => update(moveItem(current(), path, from, to)),
    [current, update, pathKey]);

  return (
    <section className={styles.group} id={fieldDomId(path)} tabIndex={-1} aria-labelledby={`${fieldDomId(path)}-h`}>
      <h3 className={styles.heading} id={`${fieldDomId(path)}-h`}>{field.label[locale]}</h3>
      <p className={styles.hint}>{field.help[locale]}</p>
      <ul className={styles.list}>
        {items.map((item, index) => (
          <GroupItem key={typeof item.id === 'string' ? item.id : index} field={field} path={path} index={index} item={item}
            last={index === items.length - 1} label={t(m['editor.item'], { item: itemLabel, n: index + 1 })} guard={guard} onRemove={remove} onMove={move} />
        ))}
      </ul>
      {!byChangeOnly && <AddButton label={t(m['editor.add'], { item: itemLabel })} count={items.length} onAdd={add} />}
      {isGoals && (
        // Only the goals list holds conditions, and only the bottom-lines list bottom lines: they carry the dialogs that ask for a reason.
        <>
          <RemoveConditionDialog plan={current()} goalId={conditionToRemove} baseline={baseline} onDone={(next) => { setConditionToRemove(null); if (next) update(next); }} />
          <ChangeConditionDialog plan={current()} request={conditionEdit} baseline={baseline} onDone={(next) => { setConditionEdit(null); if (next) update(next); }} />
        </>
      )}
      {isBottomLines && (
        <>
          <RemoveBottomLineDialog plan={current()} bottomLineId={bottomLineToRemove} baseline={baseline} onDone={(next) => { setBottomLineToRemove(null); if (next) update(next); }} />
          <ChangeBottomLineDialog plan={current()} request={bottomLineEdit} baseline={baseline} onDone={(next) => { setBottomLineEdit(null); if (next) update(next); }} />
        </>
      )}
    </section>
  );
}

interface GroupItemProps {
  field: GroupField;
  path: EditPath;
  index: number;
  item: Item;
  last: boolean;
  label: string;
  guard: ConditionGuard | undefined;
  onRemove: (index: number) => void;
  onMove: (from: number, to: number) => void;
}

/** One record of a list, memoised on its own slice: typing in one agreement leaves the others alone. */
const GroupItem = memo(function GroupItem({ field, path, index, item, last, label, guard, onRemove, onMove }: GroupItemProps) {
  countRender(`${path.join('/')}/${typeof item.id === 'string' ? item.id : index}`);
  const t = useT();
  const styles = useStyles();
  const title = itemTitle(item);
  const readOnly = useReadOnly();
  const record = isHistoryList(path);
  return (
    <li className={styles.entry}>
      <fieldset className={styles.item} id={fieldDomId([...path, index])} tabIndex={-1}>
        <legend className={styles.legend}>{title ? `${label}: ${title}` : label}</legend>
        {field.fields.map((sub) => (
          <AnyField key={sub.id} field={sub} path={[...path, index, sub.id]} value={item[sub.id]} conditionGuard={guard}
            fixed={itemFieldFixed(path, item, sub.id)} />
        ))}
        {!readOnly && !record && (
          <div className={styles.tools}>
            <Button size="small" icon={<ArrowUpRegular />} disabled={index === 0} aria-label={t(m['editor.moveUp'], { item: label })}
              onClick={() => onMove(index, index - 1)} />
            <Button size="small" icon={<ArrowDownRegular />} disabled={last} aria-label={t(m['editor.moveDown'], { item: label })}
              onClick={() => onMove(index, index + 1)} />
            <Button size="small" icon={<DeleteRegular />} onClick={() => onRemove(index)}>{t(m['editor.remove'], { item: label })}</Button>
          </div>
        )}
      </fieldset>
    </li>
  );
}, sameProps);

interface TextItem {
  id: string;
  text: string;
}

/** A repeating list of free texts (concerns, danger statements, strengths...). */
export function TextListEditor({ field, path, items }: { field: TextListField; path: EditPath; items: ReadonlyArray<TextItem> }) {
  const locale = useLocale();
  const t = useT();
  const styles = useStyles();
  const { current, update } = usePlanEditing();
  const focusLater = useFocusAfterAdd();
  const itemLabel = field.itemLabel[locale];
  const pathKey = path.join('/');

  const add = () => {
    update(addItem(current(), path, { id: newId(), text: '' }));
    focusLater(fieldDomId([...path, items.length, 'text']));
  };
  const edit = useCallback((index: number, text: string) => update(setValue(current(), [...path, index, 'text'], text)),
    [current, update, pathKey]);
  const remove = useCallback((index: number) => update(removeItemAt(current(), path, index)),
    [current, update, pathKey]);
  const move = useCallback((from: number, to: number) => update(moveItem(current(), path, from, to)),
    [current, update, pathKey]);

  return (
    <section className={styles.group} id={fieldDomId(path)} tabIndex={-1} aria-labelledby={`${fieldDomId(path)}-h`}>
      <h3 className={styles.heading} id={`${fieldDomId(path)}-h`}>{field.label[locale]}</h3>
      <p className={styles.hint}>{field.help[locale]}</p>
      <ul className={styles.list}>
        {items.map((item, index) => (
          <TextListItem key={item.id} path={path} index={index} text={item.text} last={index === items.length - 1}
            label={t(m['editor.item'], { item: itemLabel, n: index + 1 })} onEdit={edit} onRemove={remove} onMove={move} />
        ))}
      </ul>
      <AddButton label={t(m['editor.add'], { item: itemLabel })} count={items.length} onAdd={add} />
    </section>
  );
}

interface TextListItemProps {
  path: EditPath;
  index: number;
  text: string;
  last: boolean;
  label: string;
  onEdit: (index: number, text: string) => void;
  onRemove: (index: number) => void;
  onMove: (from: number, to: number) => void;
}

const TextListItem = memo(function TextListItem({ path, index, text, last, label, onEdit, onRemove, onMove }: TextListItemProps) {
  const t = useT();
  const styles = useStyles();
  const field = useMemo(() => ({ id: 'text', kind: 'textarea', repeats: false, label: { nl: label, en: label }, help: { nl: '', en: '' } } as const), [label]);
  const readOnly = useReadOnly();
  return (
    <li className={`${styles.item} ${styles.entry}`}>
      <FieldControl field={field} path={[...path, index, 'text']} value={text} onChange={(v) => onEdit(index, typeof v === 'string' ? v : '')} />
      <div className={styles.tools} hidden={readOnly}>
        <Button size="small" icon={<ArrowUpRegular />} disabled={index === 0} aria-label={t(m['editor.moveUp'], { item: label })}
          onClick={() => onMove(index, index - 1)} />
        <Button size="small" icon={<ArrowDownRegular />} disabled={last} aria-label={t(m['editor.moveDown'], { item: label })}
          onClick={() => onMove(index, index + 1)} />
        <Button size="small" icon={<DeleteRegular />} onClick={() => onRemove(index)}>
          {t(m['editor.remove'], { item: label })}
        </Button>
      </div>
    </li>
  );
}, sameProps);

/**
 * Adds an item until the list holds as many as the schema accepts (LIST_LIMIT); then it is disabled and says why,
 * so a list never grows into a plan that cannot be saved.
 */
function AddButton({ label, count, onAdd }: { label: string; count: number; onAdd: () => void }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const readOnly = useReadOnly();
  const full = count >= LIST_LIMIT;
  if (readOnly) return null;
  return (
    <div>
      <Button icon={<AddRegular />} onClick={onAdd} disabled={full}>{label}</Button>
      {full && <p className={styles.hint}>{t(m['editor.list.full'], { max: formatCount(LIST_LIMIT, locale) })}</p>}
    </div>
  );
}
