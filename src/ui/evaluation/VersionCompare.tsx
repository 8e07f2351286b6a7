import { useEffect, useMemo, useState } from 'react';
import { Badge, Field, MessageBar, MessageBarBody, Select, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { diffPlans, historyIdOf } from '../../domain';
import type { ChangeKind, FieldChange, ItemChange, Plan, SectionDiff } from '../../domain';
import type { PlanVersionInfo } from '../../app/ports';
import { evaluationMessages as m } from '../../i18n/areas/evaluation';
import { editorMessages as em } from '../../i18n/areas/editor';
import { formatDate } from '../formatDate';
import { useLocale, useServices } from '../services';
import { useT } from '../useT';
import { diffContext, itemTitle, subField, valueText } from './diffText';
import type { DiffContext } from './diffText';

const CURRENT = 'current';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  pickers: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  picker: { minWidth: '18rem' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sectionHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  fieldLabel: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium, borderInlineStartWidth: tokens.strokeWidthThickest, borderInlineStartStyle: 'solid', borderInlineStartColor: tokens.colorNeutralStroke1,
  },
  changed: { backgroundColor: tokens.colorPaletteYellowBackground1, borderInlineStartColor: tokens.colorPaletteYellowBorderActive },
  added: { backgroundColor: tokens.colorPaletteGreenBackground1, borderInlineStartColor: tokens.colorPaletteGreenBorderActive },
  removed: { backgroundColor: tokens.colorPaletteRedBackground1, borderInlineStartColor: tokens.colorPaletteRedBorderActive },
  itemHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  details: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const BADGE: Record<ChangeKind, 'warning' | 'success' | 'danger'> = { changed: 'warning', added: 'success', removed: 'danger' };

/** Picks two versions (frozen ones from the store, and the plan as it is now) and shows what changed, section by section. */
export function VersionCompare({ plan }: { plan: Plan }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const { store } = useServices();
  // An adjusted version shares the history of the plan in force that it adjusts.
  const historyId = historyIdOf(plan);
  const [versions, setVersions] = useState<PlanVersionInfo[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [olderId, setOlderId] = useState('');
  const [newerId, setNewerId] = useState(CURRENT);
  const [pair, setPair] = useState<{ older: Plan; newer: Plan } | null>(null);

  useEffect(() => {
    let cancelled = false;
    store.listVersions(historyId).then((list) => {
      if (cancelled) return;
      setVersions(list);
      setOlderId(list[0]?.versionId ?? '');
    }, () => { if (!cancelled) { setFailed(true); setVersions([]); } });
    return () => { cancelled = true; };
  }, [store, historyId]);

  useEffect(() => {
    if (!olderId) return;
    let cancelled = false;
    const load = (id: string) => (id === CURRENT ? Promise.resolve(plan) : store.loadVersion(historyId, id));
    Promise.all([load(olderId), load(newerId)]).then(([older, newer]) => {
      if (!cancelled) setPair({ older, newer });
    }, () => { if (!cancelled) setFailed(true); });
    return () => { cancelled = true; };
  }, [store, plan, olderId, newerId]);

  const diff = useMemo(() => (pair ? diffPlans(pair.older, pair.newer) : null), [pair]);
  const ctx = useMemo(() => (pair ? diffContext(pair.older, pair.newer, locale) : null), [pair, locale]);

  if (versions === null) return <Spinner label={t(m['eval.loading'])} />;
  if (failed) return <MessageBar intent="error"><MessageBarBody>{t(m['compare.loadFailed'])}</MessageBarBody></MessageBar>;
  if (versions.length === 0) return <p className={styles.muted}>{t(m['compare.noVersions'])}</p>;

  const options = [
    { value: CURRENT, text: t(m['compare.current'], { version: plan.version, status: t(em[`status.${plan.status}`]) }) },
    ...versions.map((v) => ({
      value: v.versionId,
      text: t(m['compare.version'], { version: v.planVersion, label: v.label || t(m['compare.unlabelled']), date: formatDate(v.savedAt.slice(0, 10), locale) }),
    })),
  ];
  const changedSections = diff?.sections.filter((s) => s.changed) ?? [];
  const unchanged = diff?.sections.filter((s) => !s.changed) ?? [];

  return (
    <div className={styles.root}>
      <div className={styles.pickers}>
        <Field className={styles.picker} label={t(m['compare.older'])}>
          <Select value={olderId} onChange={(_, d) => setOlderId(d.value)}>
            {options.map((o) => <option key={o.value} value={o.value}>{o.text}</option>)}
          </Select>
        </Field>
        <Field className={styles.picker} label={t(m['compare.newer'])}>
          <Select value={newerId} onChange={(_, d) => setNewerId(d.value)}>
            {options.map((o) => <option key={o.value} value={o.value}>{o.text}</option>)}
          </Select>
        </Field>
      </div>
      {diff && ctx && (
        <>
          <p aria-live="polite">{t(m[changedSections.length === 1 ? 'compare.summary.one' : 'compare.summary'], { before: diff.version.before, after: diff.version.after, n: changedSections.length })}</p>
          {changedSections.map((s) => <SectionChanges key={s.section.id} diff={s} ctx={ctx} />)}
          {unchanged.length > 0 && (
            <p className={styles.muted}>{t(m['compare.unchangedSections'], { sections: unchanged.map((s) => s.section.heading[locale]).join('; ') })}</p>
          )}
        </>
      )}
    </div>
  );
}

function SectionChanges({ diff, ctx }: { diff: SectionDiff; ctx: DiffContext }) {
  const t = useT();
  const styles = useStyles();
  const headingId = `diff-${diff.section.id}`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.sectionHead}>
        <h3 id={headingId} className={styles.heading}>{diff.section.heading[ctx.locale]}</h3>
        <Badge appearance="tint" color="warning">{t(m['compare.changed'])}</Badge>
      </div>
      {diff.changes.map((change) => <FieldChangeView key={change.field.id} change={change} ctx={ctx} />)}
    </section>
  );
}

function FieldChangeView({ change, ctx }: { change: FieldChange; ctx: DiffContext }) {
  const t = useT();
  const styles = useStyles();
  if (change.kind === 'value') {
    return (
      <div className={mergeClasses(styles.item, styles.changed)} data-change="changed">
        <p className={styles.fieldLabel}>{change.field.label[ctx.locale]}</p>
        <p className={styles.muted}>
          {`${t(m['compare.before'])}: `}<del>{valueText(change.field, change.before, ctx)}</del>
          {` ${t(m['compare.after'])}: `}<ins>{valueText(change.field, change.after, ctx)}</ins>
        </p>
      </div>
    );
  }
  return (
    <div className={styles.section}>
      <p className={styles.fieldLabel}>{change.field.label[ctx.locale]}</p>
      <ul className={styles.list} aria-label={change.field.label[ctx.locale]}>
        {change.changes.map((item) => <ItemChangeView key={item.id} item={item} list={change.field} ctx={ctx} />)}
      </ul>
    </div>
  );
}

function ItemChangeView({ item, list, ctx }: { item: ItemChange; list: Extract<FieldChange, { kind: 'items' }>['field']; ctx: DiffContext }) {
  const t = useT();
  const styles = useStyles();
  const shown = item.after ?? item.before;
  const title = shown ? itemTitle(shown, list, ctx) : item.id;
  return (
    <li className={mergeClasses(styles.item, styles[item.kind])} data-change={item.kind}>
      <div className={styles.itemHead}>
        <Badge appearance="filled" color={BADGE[item.kind]}>{t(m[`compare.${item.kind}`])}</Badge>
        <span>{item.kind === 'removed' ? <del>{title}</del> : title}</span>
      </div>
      {item.kind === 'changed' && (
        <ul className={styles.details}>
          {item.changedFields.map((key) => {
            const field = subField(list, key);
            return (
              <li key={key}>
                {`${field?.label[ctx.locale] ?? key} — ${t(m['compare.before'])}: `}<del>{valueText(field, item.before?.[key], ctx)}</del>
                {`; ${t(m['compare.after'])}: `}<ins>{valueText(field, item.after?.[key], ctx)}</ins>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
