import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import { AddRegular, ArrowUploadRegular, CopyRegular, DeleteRegular, OpenRegular } from '@fluentui/react-icons';
import { isDomainError } from '../../domain';
import type { DomainError, ParseError } from '../../domain';
import type { PlanSummary } from '../../app/ports';
import { ErrorText } from '../ErrorText';
import { planListMessages as m } from '../../i18n/areas/planList';
import { useLocale, useServices } from '../services';
import { useT } from '../useT';
import { formatDate } from '../formatDate';
import { Notice } from '../notice/Notice';
import { firstScreen as css, pill } from '../firstScreenStyles';
import type { DroppedOnImport } from '../../domain/import';
import type * as PlanListActions from './planListActions';

import { useDeleteConfirmation } from './useDeleteConfirmation';

/** Shown only after an import that left something behind: not first-screen code. */
const ImportNotice = lazy(() => import(/* webpackChunkName: "plan-actions" */ './ImportNotice').then((x) => ({ default: x.ImportNotice })));

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


export interface PlanListProps {
  onOpen: (planId: string) => void;
  /**
   * Asks before a delete (resolves true to go ahead). The app shell supplies it so that the dialog outlives the
   * list (see useDeleteConfirmation); without it the list shows its own.
   */
  confirmDelete?: (family: string) => Promise<boolean>;
  /** Extra per-plan markers (e.g. evaluation reminders), supplied by the app shell. */
  renderBadges?: (summary: PlanSummary) => ReactNode;
}

/** The plans on this device (or in the library): new, open, duplicate as a new version, delete, import. */
export function PlanList({ onOpen, confirmDelete, renderBadges }: PlanListProps) {
  const t = useT();
  const locale = useLocale();
  const { store, signIn } = useServices();
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [error, setError] = useState<DomainError | null>(null);
  const [importErrors, setImportErrors] = useState<ParseError[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [imported, setImported] = useState<{ id: string; dropped: DroppedOnImport[] } | null>(null);
  const ownConfirmation = useDeleteConfirmation();
  const askDelete = confirmDelete ?? ownConfirmation.ask;
  const fileInput = useRef<HTMLInputElement>(null);

  // The screen is usable before the first list answers, so a later refresh (after an import) can overtake it: only
  // the newest request's answer is shown.
  const latestList = useRef(0);
  const refresh = useCallback(async () => {
    const request = ++latestList.current;
    try {
      const listed = await store.list();
      if (request !== latestList.current) return;
      setPlans(listed);
      setError(null);
    } catch (e) {
      if (request !== latestList.current) return;
      setError(isDomainError(e) ? e : null);
      setPlans([]);
    }
  }, [store]);

  useEffect(() => { void refresh(); }, [refresh]);
  const listed = plans !== null;

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
    // `data-listed`: the store has answered (a fresh IndexedDB is created first; SharePoint may take seconds).
    <div style={css.root} data-listed={listed ? 'true' : 'false'}>
      <div style={css.bar}>
        <h1 style={css.heading}>{t(m['list.heading'])}</h1>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => void createNew()}>{t(m['list.new'])}</Button>
        <Button icon={<ArrowUploadRegular />} onClick={() => fileInput.current?.click()}>{t(m['list.import'])}</Button>
        <input ref={fileInput} style={css.hidden} type="file" accept=".json,application/json" aria-label={t(m['list.import'])}
          data-testid="import-input" onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void importFile(f); }} />
      </div>
      {error && <Notice intent="error"><ErrorText error={error} locale={locale} /></Notice>}
      {error?.code === 'GRAPH.UNAUTHENTICATED' && signIn && (
        <div style={css.bar}>
          <span>{t(m['list.signIn.hint'])}</span>
          <Button appearance="primary" onClick={() => void guard(async () => { await signIn(); await refresh(); })}>{t(m['list.signIn'])}</Button>
        </div>
      )}
      {notice && <Notice intent="success">{notice}</Notice>}
      {imported && <Suspense fallback={null}><ImportNotice dropped={imported.dropped} onOpen={() => onOpen(imported.id)} /></Suspense>}
      {importErrors && (
        <Notice intent="error" multiline>
          {t(m['list.import.error'])}
          {importErrors.length > 0 && <ul style={css.errors}>{importErrors.slice(0, 10).map((e, i) => <li key={i}>{`${e.path}: ${e.message}`}</li>)}</ul>}
        </Notice>
      )}
      {plans === null ? <ListSkeleton label={t(m['list.loading'])} /> : plans.length === 0 ? <p>{t(m['list.empty'])}</p> : (
        <ul style={css.list} aria-label={t(m['list.heading'])}>
          {plans.map((s) => (
            <li key={s.id} style={css.card}>
              <div style={css.info}>
                <h2 style={css.family}>{familyOf(s)}</h2>
                <div style={css.meta}>
                  <span style={pill(s.status === 'active' ? 'success' : s.status === 'closed' ? 'subtle' : 'informative')}>{t(m[`status.${s.status}`])}</span>
                  {s.revisionOf ? <span style={pill('brand')}>{t(m['list.revision'])}</span> : null}
                  <span>{t(m['list.version'], { n: s.version })}</span>
                  <span>{`${t(m['list.col.validity'])}: ${formatDate(s.validFrom, locale)} – ${formatDate(s.validUntil, locale)}`}</span>
                  <span>{`${t(m['list.col.evaluation'])}: ${formatDate(s.evaluationDate, locale)}`}</span>
                  {renderBadges?.(s)}
                </div>
              </div>
              <div style={css.actions}>
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

/**
 * The list's place while the store answers (IndexedDB or SharePoint): outlines of cards and a status line, drawn
 * at once, so the heading and buttons above are usable before the plans are known.
 */
function ListSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true">
      <p role="status" style={css.meta}>{label}</p>
      <div style={css.list} aria-hidden="true">
        <div style={css.skeletonCard} />
        <div style={css.skeletonCard} />
      </div>
    </div>
  );
}
