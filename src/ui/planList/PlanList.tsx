import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Badge, Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowUploadRegular, CopyRegular, DeleteRegular, OpenRegular } from '@fluentui/react-icons';
import { isDomainError } from '../../domain';
import type { DomainError, ParseError } from '../../domain';
import type { PlanSummary } from '../../app/ports';
import { errorMessage } from '../../i18n';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useLocale, useServices } from '../services';
import { useT } from '../useT';
import { formatDate } from '../formatDate';
import { Notice } from '../notice/Notice';
import type { DroppedOnImport } from '../../domain/import';
import { ImportNotice } from './ImportNotice';
import type * as PlanListActions from './planListActions';

import { useDeleteConfirmation } from './useDeleteConfirmation';

// The domain actions (schema, zod) load on the first click, not with the first screen.
let actions: Promise<typeof PlanListActions> | null = null;

/** Side effect: fetches the actions chunk once; after a failed fetch the next click tries again. */
function loadActions(): Promise<typeof PlanListActions> {
  actions ??= import(/* webpackChunkName: "plan-actions" */ './planListActions').catch((e: unknown) => {
    actions = null;
    throw e;
  });
  return actions;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: '64rem' },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase600, flexGrow: 1 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: {
    display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center', justifyContent: 'space-between',
    padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground1,
  },
  info: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '14rem' },
  family: { margin: 0, fontSize: tokens.fontSizeBase400 },
  meta: { margin: 0, color: tokens.colorNeutralForeground2, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  hidden: { display: 'none' },
  errors: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface PlanListProps {
  onOpen: (planId: string) => void;
  /** Called once the first screen is usable: the plans are listed, or the empty state or an error is shown. */
  onReady?: () => void;
  /**
   * Asks before a delete (resolves true to go ahead). The app shell supplies it so that the dialog outlives the
   * list (see useDeleteConfirmation); without it the list shows its own.
   */
  confirmDelete?: (family: string) => Promise<boolean>;
  /** Extra per-plan markers (e.g. evaluation reminders), supplied by the app shell. */
  renderBadges?: (summary: PlanSummary) => ReactNode;
}

/** The plans on this device (or in the library): new, open, duplicate as a new version, delete, import. */
export function PlanList({ onOpen, onReady, confirmDelete, renderBadges }: PlanListProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const { store, signIn } = useServices();
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [error, setError] = useState<DomainError | null>(null);
  const [importErrors, setImportErrors] = useState<ParseError[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [imported, setImported] = useState<{ id: string; dropped: DroppedOnImport[] } | null>(null);
  const ownConfirmation = useDeleteConfirmation();
  const askDelete = confirmDelete ?? ownConfirmation.ask;
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    try {
      setPlans(await store.list());
      setError(null);
    } catch (e) {
      setError(isDomainError(e) ? e : null);
      setPlans([]);
    }
  }, [store]);

  useEffect(() => { void refresh(); }, [refresh]);
  const listed = plans !== null;
  useEffect(() => { if (listed) onReady?.(); }, [listed, onReady]);

  const guard = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (e) {
      setError(isDomainError(e) ? e : null);
    }
  };

  const createNew = () => guard(async () => {
    const { createEmptyPlan } = await loadActions();
    const stored = await store.save(createEmptyPlan(), null);
    onOpen(stored.plan.id);
  });

  const duplicate = (summary: PlanSummary) => guard(async () => {
    const [{ plan }, { duplicateAsNewVersion }] = await Promise.all([store.load(summary.id), loadActions()]);
    const stored = await store.save(duplicateAsNewVersion(plan), null);
    onOpen(stored.plan.id);
  });

  const remove = (summary: PlanSummary) => guard(async () => {
    if (!(await askDelete(familyOf(summary)))) return;
    await store.delete(summary.id);
    await refresh();
  });

  /**
   * An import is always a new plan (domain prepareImport: new id, no meeting references, no consent). When something
   * was left behind, the list stays and says what, with a button to open the plan; otherwise the plan opens at once.
   */
  const importFile = (file: File) => guard(async () => {
    setNotice(null);
    setImported(null);
    let text: string;
    try {
      text = await file.text();
    } catch {
      // An unreadable file (gone, no permission) says so like a malformed one, instead of nothing at all.
      setImportErrors([]);
      return;
    }
    const { parsePlanText, newId, prepareImport } = await loadActions();
    const result = parsePlanText(text);
    if (!result.ok) {
      setImportErrors(result.errors);
      return;
    }
    setImportErrors(null);
    const prepared = prepareImport(result.plan, newId());
    const stored = await store.save(prepared.plan, null);
    await refresh();
    if (prepared.dropped.length > 0) {
      setImported({ id: stored.plan.id, dropped: prepared.dropped });
      return;
    }
    setNotice(t(m['list.import.ok']));
    onOpen(stored.plan.id);
  });

  const familyOf = (s: PlanSummary) => s.familyName.trim() || t(m['list.unnamed']);

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <h1 className={styles.heading}>{t(m['list.heading'])}</h1>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => void createNew()}>{t(m['list.new'])}</Button>
        <Button icon={<ArrowUploadRegular />} onClick={() => fileInput.current?.click()}>{t(m['list.import'])}</Button>
        <input ref={fileInput} className={styles.hidden} type="file" accept=".json,application/json" aria-label={t(m['list.import'])}
          data-testid="import-input" onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void importFile(f); }} />
      </div>
      {error && <Notice intent="error">{errorMessage(error, locale)}</Notice>}
      {error?.code === 'GRAPH.UNAUTHENTICATED' && signIn && (
        <div className={styles.bar}>
          <span>{t(m['list.signIn.hint'])}</span>
          <Button appearance="primary" onClick={() => void guard(async () => { await signIn(); await refresh(); })}>{t(m['list.signIn'])}</Button>
        </div>
      )}
      {notice && <Notice intent="success">{notice}</Notice>}
      {imported && <ImportNotice dropped={imported.dropped} onOpen={() => onOpen(imported.id)} />}
      {importErrors && (
        <Notice intent="error" multiline>
          {t(m['list.import.error'])}
          {importErrors.length > 0 && <ul className={styles.errors}>{importErrors.slice(0, 10).map((e, i) => <li key={i}>{`${e.path}: ${e.message}`}</li>)}</ul>}
        </Notice>
      )}
      {plans === null ? <Spinner label={t(m['list.loading'])} /> : plans.length === 0 ? <p>{t(m['list.empty'])}</p> : (
        <ul className={styles.list} aria-label={t(m['list.heading'])}>
          {plans.map((s) => (
            <li key={s.id} className={styles.card}>
              <div className={styles.info}>
                <h2 className={styles.family}>{familyOf(s)}</h2>
                <div className={styles.meta}>
                  <Badge appearance="tint" color={s.status === 'active' ? 'success' : s.status === 'closed' ? 'subtle' : 'informative'}>{t(m[`status.${s.status}`])}</Badge>
                  {s.revisionOf ? <Badge appearance="outline" color="warning">{t(m['list.revision'])}</Badge> : null}
                  <span>{t(m['list.version'], { n: s.version })}</span>
                  <span>{`${t(m['list.col.validity'])}: ${formatDate(s.validFrom, locale)} – ${formatDate(s.validUntil, locale)}`}</span>
                  <span>{`${t(m['list.col.evaluation'])}: ${formatDate(s.evaluationDate, locale)}`}</span>
                  {renderBadges?.(s)}
                </div>
              </div>
              <div className={styles.actions}>
                <Button icon={<OpenRegular />} aria-label={`${t(m['list.open'])}: ${familyOf(s)}`} onClick={() => onOpen(s.id)}>{t(m['list.open'])}</Button>
                <Button icon={<CopyRegular />} aria-label={`${t(m['list.duplicate'])}: ${familyOf(s)}`} onClick={() => void duplicate(s)}>{t(m['list.duplicate'])}</Button>
                <Button icon={<DeleteRegular />} aria-label={`${t(m['list.delete'])}: ${familyOf(s)}`} onClick={() => void remove(s)}>{t(m['list.delete'])}</Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {!confirmDelete && ownConfirmation.dialog}
    </div>
  );
}
