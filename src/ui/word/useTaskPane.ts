import { useCallback, useEffect, useState } from 'react';
import { ConflictError, isDomainError } from '../../domain';
import type { Plan } from '../../domain';
import type { DocumentProblem, DocumentReader, DocumentWriter, PlanPlace, PlanStore, PlanSummary } from '../../app/ports';
import { insertSummaryIntoDocument } from '../../app/exportSelection';
import { applyDocumentPlan, compareWithStore, documentHasPlan } from '../../app/wordSync';
import type { DocumentComparison } from '../../app/wordSync';
import { errorMessage, translate } from '../../i18n';
import { exportMessages as x } from '../../i18n/areas/export';
import { wordPaneMessages as m } from '../../i18n/areas/word';
import { useLocale, useOrganisation, useServices } from '../services';

export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  text: string;
}

/**
 * What the last "Read document" found, kept until the user applies it or reads again. `unusable`: the document could
 * not be read well enough (past `limit` problems); there is no plan to apply, only the problems to fix in Word.
 */
export type ReadState =
  | { kind: 'plan'; plan: Plan; problems: DocumentProblem[]; comparison: DocumentComparison }
  | { kind: 'unusable'; problems: DocumentProblem[]; limit: number };

export interface TaskPaneState {
  plans: PlanSummary[] | null;
  selectedId: string;
  select: (id: string) => void;
  busy: boolean;
  notice: Notice | null;
  read: ReadState | null;
  insertTemplate: () => void;
  insertPlan: () => void;
  readDocument: () => void;
  updateDocument: () => void;
  insertSummary: () => void;
  apply: () => void;
}

/** Where a plan lives (tenant mode), for the document's link; null where the store has no place or cannot say now. */
async function placeOrNull(store: PlanStore, id: string): Promise<PlanPlace | null> {
  return store.placeOf ? store.placeOf(id).catch(() => null) : null;
}

/**
 * The task pane's state and actions. It talks to the document through the DocumentWriter/Reader ports and to the
 * plans through the store port; it never sees office-js. Nothing is saved until the user chooses "Toepassen op plan".
 */
export function useTaskPane(document: { writer: DocumentWriter; reader: DocumentReader }): TaskPaneState {
  const { store: hostStore, clock, storeAt } = useServices();
  // The store of the plan the document links to (its place), once a read found one; the host's store before.
  const [placed, setPlaced] = useState<PlanStore | null>(null);
  const store = placed ?? hostStore;
  const organisation = useOrganisation();
  const locale = useLocale();
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [selectedId, setSelectedId] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [read, setRead] = useState<ReadState | null>(null);
  const say = useCallback((intent: Notice['intent'], message: (typeof m)[keyof typeof m], values?: Record<string, string | number>) =>
    ({ intent, text: translate(message, locale, values) }), [locale]);

  const refreshPlans = useCallback(async () => setPlans(await store.list()), [store]);
  useEffect(() => {
    refreshPlans().catch(() => setPlans([]));
  }, [refreshPlans]);

  /** Runs one user action: one at a time, every failure becomes a plain message, nothing is swallowed silently. */
  const run = useCallback((action: () => Promise<Notice | null>) => {
    setBusy(true);
    setNotice(null);
    action().then(
      (result) => setNotice(result),
      (e: unknown) => setNotice({ intent: 'error', text: isDomainError(e) ? errorMessage(e, locale) : translate(m['pane.error.word'], locale) }),
    ).finally(() => setBusy(false));
  }, [locale]);

  const guardEmpty = useCallback(async (): Promise<Notice | null> =>
    ((await documentHasPlan(document.reader, locale)) ? say('warning', m['pane.alreadyHasPlan']) : null), [document, locale, say]);

  const insertTemplate = () => run(async () => {
    const refused = await guardEmpty();
    if (refused) return refused;
    await document.writer.insertTemplate(locale);
    return say('success', m['pane.insertTemplate.done']);
  });

  const insertPlan = () => run(async () => {
    const refused = await guardEmpty();
    if (refused) return refused;
    const { plan } = await store.load(selectedId);
    await document.writer.insertPlan(plan, locale, await placeOrNull(store, plan.id));
    return say('success', m['pane.insertPlan.done']);
  });

  const updateDocument = () => run(async () => {
    if (!selectedId) return say('warning', m['pane.update.needsPlan']);
    const { plan } = await store.load(selectedId);
    await document.writer.updatePlan(plan, locale, await placeOrNull(store, plan.id));
    return say('success', m['pane.update.done']);
  });

  const insertSummary = () => run(async () => {
    if (!selectedId) return say('warning', x['pane.summary.needsPlan']);
    await insertSummaryIntoDocument({ store, writer: document.writer }, selectedId, locale);
    return say('success', x['pane.summary.done']);
  });

  const readDocument = () => run(async () => {
    setRead(null);
    const result = await document.reader.readPlan(locale);
    if (result.kind === 'empty') return say('info', m['pane.read.empty']);
    if (result.kind === 'unusable') {
      setRead({ kind: 'unusable', problems: result.problems, limit: result.limit });
      return null;
    }
    // Word has no channel: a document that says where its plan lives is compared with the plan there.
    const located = result.place && storeAt ? storeAt(result.place) : store;
    if (located !== store) setPlaced(located);
    const comparison = await compareWithStore(located, result.plan, result.planId, clock.now(), organisation);
    setRead({ kind: 'plan', plan: result.plan, problems: result.problems, comparison });
    if (comparison.stored) setSelectedId(comparison.stored.plan.id);
    return null;
  });

  const apply = () => run(async () => {
    // Nothing to apply from a document that could not be read (the button is disabled too).
    if (read?.kind !== 'plan') return null;
    try {
      const isNew = read.comparison.stored === null;
      const applied = await applyDocumentPlan(store, read.plan, read.comparison.stored, clock.now());
      if (applied.kind === 'revisionExists') return say('warning', m['pane.apply.revisionExists']);
      if (applied.kind === 'revision') {
        // The plan in force is unchanged; its adjusted version holds the document's changes.
        await refreshPlans();
        return say('success', m['pane.apply.revision'], { version: applied.revision.plan.version });
      }
      const saved = applied.stored;
      setRead({ ...read, comparison: { ...read.comparison, stored: saved, differing: [] } });
      setSelectedId(saved.plan.id);
      await refreshPlans();
      if (!isNew) return say('success', m['pane.apply.done']);
      // A document without a (known) link would read as yet another new plan next time: link it to the saved one.
      await document.writer.updatePlan(saved.plan, locale, await placeOrNull(store, saved.plan.id));
      return say('success', m['pane.apply.linked']);
    } catch (e) {
      // The document's plan stays on screen: the user loses nothing and can read again to compare afresh.
      if (e instanceof ConflictError) return say('error', m['pane.apply.conflict']);
      throw e;
    }
  });

  return { plans, selectedId, select: setSelectedId, busy, notice, read, insertTemplate, insertPlan, readDocument, updateDocument, insertSummary, apply };
}
