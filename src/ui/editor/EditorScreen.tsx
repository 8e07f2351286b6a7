import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, ChevronLeftRegular, ChevronRightRegular, DataTrendingRegular, EditRegular } from '@fluentui/react-icons';
import { TEMPLATE, TITLE_PREFIX, buildTemplate, editableFreely, fieldEditable, getIn, isInForce, sectionCompletion, sectionIdOfPath } from '../../domain';
import type { Finding, Plan, Section } from '../../domain';
import { errorMessage } from '../../i18n';
import { editorMessages as m } from '../../i18n/areas/editor';
import { LazyEvaluationsView } from '../evaluation';
import { evaluationMessages } from '../../i18n/areas/evaluation';
import { ServicesProvider, useLocale, useOrganisation } from '../services';
import { useT } from '../useT';
import { ChildVersion } from './ChildVersion';
import { ConflictDialog } from './ConflictDialog';
import { ExportMenu } from './ExportMenu';
import type { ExportStatus } from './ExportMenu';
import { focusPath } from './fieldIds';
import { AnyField } from './GroupEditor';
import { QualityPanel } from './QualityPanel';
import type { ActivationMessage } from './QualityPanel';
import { SaveIndicator } from './SaveIndicator';
import { SaveMessages } from './SaveMessages';
import { savingMessages } from '../../i18n/areas/saving';
import { RevisionBanner } from './RevisionBanner';
import { useActivation } from './useActivation';
import { SectionNav } from './SectionNav';
import { usePlanEditor } from './usePlanEditor';
import { PickerLayerProvider, PlanChoicesProvider, PlanEditingProvider, ReadOnlyProvider } from './planEditing';
import { startAdjusting } from '../../app/revision';
import { lifecycleMessages as lm } from '../../i18n/areas/lifecycle';
import { useServices } from '../services';
import type { PlanEditing } from './planEditing';
import { SectionExtras } from '../tenant/SectionExtras';

/** Sections the generic editor shows; evaluations have their own screens. */
export const EDITOR_SECTIONS: ReadonlyArray<Section> = TEMPLATE.filter((s) => s.id !== 'evaluations');

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, flexGrow: 1, minWidth: '12rem' },
  layout: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: '16rem minmax(0, 1fr) 18rem',
    alignItems: 'start',
    '@media (max-width: 1099px)': { gridTemplateColumns: '14rem minmax(0, 1fr)' },
    '@media (max-width: 759px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  quality: {
    '@media (max-width: 1099px)': { gridColumn: '1 / -1' },
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  sectionHeading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  pager: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // The form's fieldset only disables the fields of a plan that is not a draft; it draws nothing of its own.
  form: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * "Bijstellen": a plan in force is changed through an adjusted version (app/revision.ts), opened as soon as it exists.
 * Returns the action and its failure message, if any.
 */
function useAdjusting(planId: string, onOpenPlan: ((id: string) => void) | undefined) {
  const { store } = useServices();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const adjust = useCallback(async () => {
    setBusy(true);
    setFailed(false);
    try {
      const result = await startAdjusting(store, planId);
      if (result.ok) onOpenPlan?.(result.planId);
      else setFailed(true);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }, [store, planId, onOpenPlan]);
  return { adjust, failed, busy };
}

export interface EditorScreenProps {
  planId: string;
  onBack: () => void;
  /** Opens another plan (the adjusted version that "Bijstellen" made or found). */
  onOpenPlan?: ((id: string) => void) | undefined;
  extraActions?: ((plan: Plan) => ReactNode) | undefined;
  /**
   * Tenant mode: the library (drive id) of the plan's case, when it was opened from the caseload across cases. The
   * editor then reads and saves there; SharePoint refuses anyone not on the case (CASE.NO_ACCESS).
   */
  driveId?: string | undefined;
}

export function EditorScreen({ driveId, ...props }: EditorScreenProps) {
  const services = useServices();
  const locale = useLocale();
  const inCase = useMemo(
    () => (driveId && services.storeAt ? { ...services, store: services.storeAt({ driveId }) } : null),
    [driveId, services],
  );
  if (!inCase) return <PlanEditorScreen {...props} />;
  return <ServicesProvider services={inCase} locale={locale}><PlanEditorScreen {...props} /></ServicesProvider>;
}

function PlanEditorScreen({ planId, onBack, onOpenPlan, extraActions }: Omit<EditorScreenProps, 'driveId'>) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const organisation = useOrganisation();
  // The form in the organisation's words (the authority's regional name); EDITOR_SECTIONS is the default wording.
  const sections = useMemo(() => buildTemplate(organisation).filter((s) => s.id !== 'evaluations'), [organisation]);
  const editor = usePlanEditor(planId);
  const [sectionId, setSectionId] = useState<string>(EDITOR_SECTIONS[0]?.id ?? 'title');
  const [activation, setActivation] = useState<ActivationMessage | null>(null);
  const [exportStatus, setExportStatus] = useState<ExportStatus>(null);
  const [childView, setChildView] = useState(false);
  const [evaluationsView, setEvaluationsView] = useState(false);
  const [leaveBlocked, setLeaveBlocked] = useState(false);
  const { plan, current, update, settle, findings, checkedPlan } = editor;
  const [pickerLayer, setPickerLayer] = useState<HTMLElement | null>(null);
  const shown = useRef(plan);
  if (plan) shown.current = plan;
  // Stable for the editor's life: fields read the plan through it when they change something.
  const editing = useMemo<PlanEditing>(() => ({
    current: () => current() ?? (shown.current as NonNullable<typeof plan>),
    update,
  }), [current, update]);
  const completion = useMemo(() => (checkedPlan ? sectionCompletion(checkedPlan, findings) : []), [checkedPlan, findings]);
  const activatePlanNow = useActivation({ update, settle, report: setActivation, leave: onBack });
  const activate = useCallback(async () => {
    const latest = current();
    if (latest) await activatePlanNow(latest);
  }, [current, activatePlanNow]);
  const onActivate = useCallback(() => void activate(), [activate]);
  const adjusting = useAdjusting(planId, onOpenPlan);

  const goTo = useCallback((id: string) => { setSectionId(id); requestAnimationFrame(() => document.getElementById('section-heading')?.focus()); }, []);
  const selectFinding = useCallback((finding: Finding) => {
    const target = sectionIdOfPath(finding.path);
    if (target) setSectionId(target);
    requestAnimationFrame(() => { focusPath(finding.path); });
  }, []);

  // Back waits for the save; when it fails the user is told, and may still go (the draft keeps the edits).
  const leave = async () => {
    if (await editor.settle()) onBack();
    else setLeaveBlocked(true);
  };

  if (editor.loadError) {
    return (
      <div className={styles.screen}>
        <MessageBar intent="error"><MessageBarBody>{errorMessage(editor.loadError, locale)}</MessageBarBody></MessageBar>
        <div><Button icon={<ArrowLeftRegular />} onClick={onBack}>{t(m['editor.back'])}</Button></div>
      </div>
    );
  }
  if (!plan) return <Spinner label={t(m['list.loading'])} />;
  if (childView) return <ChildVersion plan={plan} onBack={() => setChildView(false)} />;
  if (evaluationsView) return <LazyEvaluationsView plan={plan} onPlanChange={editor.update} onClose={() => setEvaluationsView(false)} />;

  const index = sections.findIndex((s) => s.id === sectionId);
  const section = sections[index] ?? sections[0];
  // In force, the incident log is still kept in the form (domain planStatus.ts `fieldEditable`); the rest is read-only.
  const sectionReadOnly = !(section?.fields.every((f) => fieldEditable(plan, f.id)) ?? false);

  const title = `${TITLE_PREFIX[locale]} ${plan.familyName.trim() || '…'}`;
  // The status gate (domain statusGate.ts): only a draft is edited here; a plan in force offers Bijstellen instead.
  const readOnly = !editableFreely(plan);
  const adjustButton = isInForce(plan) && onOpenPlan
    ? <Button appearance="primary" icon={<EditRegular />} disabled={adjusting.busy} onClick={() => void adjusting.adjust()}>{t(lm['adjust.start'])}</Button>
    : null;

  return (
    <div className={styles.screen}>
      <div className={styles.bar}>
        <Button icon={<ArrowLeftRegular />} onClick={() => void leave()}>{t(m['editor.back'])}</Button>
        <h1 className={styles.title}>{title}</h1>
        <Text>{t(m[`status.${plan.status}`])}</Text>
        <SaveIndicator status={editor.status} />
        {adjustButton}
        <ExportMenu plan={plan} onStatus={setExportStatus} onChildVersion={() => setChildView(true)} />
        <Button icon={<DataTrendingRegular />} onClick={() => setEvaluationsView(true)}>{t(evaluationMessages['eval.open'])}</Button>
        {extraActions?.(plan)}
      </div>
      <RevisionBanner plan={plan} />
      {readOnly && (
        <MessageBar intent="info">
          <MessageBarBody>{t(lm[plan.status === 'closed' ? 'locked.closed' : 'locked.inForce'])}</MessageBarBody>
          {adjustButton && <MessageBarActions>{adjustButton}</MessageBarActions>}
        </MessageBar>
      )}
      {adjusting.failed && <MessageBar intent="error"><MessageBarBody>{t(lm['adjust.start.failed'])}</MessageBarBody></MessageBar>}
      {leaveBlocked && (
        <MessageBar intent="error">
          <MessageBarBody>{t(savingMessages['saving.leave.failed'])}</MessageBarBody>
          <MessageBarActions><Button onClick={onBack}>{t(savingMessages['saving.leave.anyway'])}</Button></MessageBarActions>
        </MessageBar>
      )}
      <SaveMessages status={editor.status} notices={editor.notices} onRetry={editor.retryNow} onDismiss={editor.dismissNotice} />
      {exportStatus && <MessageBar intent={exportStatus.intent}><MessageBarBody>{exportStatus.text}</MessageBarBody></MessageBar>}
      <ConflictDialog open={editor.status.kind === 'conflict'} clashes={editor.status.kind === 'conflict' ? editor.status.clashes : []}
        mine={plan} theirs={editor.status.kind === 'conflict' ? editor.status.theirs : null}
        onChoose={(prefer) => void editor.resolveConflict(prefer)} />
      <div className={styles.layout}>
        <SectionNav sections={sections} completion={completion} current={section?.id ?? ''} onSelect={goTo} />
        {section && (
          <section className={styles.section} aria-labelledby="section-heading">
            <h2 id="section-heading" className={styles.sectionHeading} tabIndex={-1}>{section.heading[locale]}</h2>
            <p className={styles.intro}>{section.intro[locale]}</p>
            <fieldset className={styles.form} disabled={sectionReadOnly}>
              <PlanEditingProvider value={editing}>
                <ReadOnlyProvider value={sectionReadOnly}>
                  <PlanChoicesProvider plan={plan}>
                    <PickerLayerProvider value={pickerLayer}>
                      {section.fields.map((field) => (
                        <AnyField key={field.id} field={field} path={[field.id]} value={getIn(plan, [field.id])} />
                      ))}
                    </PickerLayerProvider>
                  </PlanChoicesProvider>
                </ReadOnlyProvider>
              </PlanEditingProvider>
            </fieldset>
            <div ref={setPickerLayer} />
            <SectionExtras sectionId={section.id} plan={plan} onPlanChange={editor.update} onSaveNow={editor.settle} />
            <div className={styles.pager}>
              <Button icon={<ChevronLeftRegular />} disabled={index <= 0} onClick={() => goTo(sections[index - 1]?.id ?? sectionId)}>{t(m['editor.previous'])}</Button>
              <Button icon={<ChevronRightRegular />} iconPosition="after" disabled={index >= sections.length - 1}
                onClick={() => goTo(sections[index + 1]?.id ?? sectionId)}>{t(m['editor.next'])}</Button>
            </div>
          </section>
        )}
        <aside className={styles.quality} aria-label={t(m['quality.heading'])}>
          <QualityPanel findings={findings} onSelect={selectFinding} onActivate={onActivate} canActivate={plan.status === 'draft'} message={activation} />
        </aside>
      </div>
    </div>
  );
}
