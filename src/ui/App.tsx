import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { Plan } from '../domain';
import type { PlanSummary } from '../app/ports';
import { planListMessages as m } from '../i18n/areas/planList';
import { shellMessages as shell } from '../i18n/areas/shell';
import { firstScreen as css, pill } from './firstScreenStyles';
import { PlanList } from './planList/PlanList';
import { DeviceNotices, SignOutButton } from './notice/DeviceNotices';
import { useDeleteConfirmation } from './planList/useDeleteConfirmation';
import { useServices } from './services';
import { useT } from './useT';


/** The editor is most of the app's code; the first screen (the plan list) does not wait for it. */
const EditorScreen = lazy(() => import(/* webpackChunkName: "editor" */ './editor/EditorScreen').then((module) => ({ default: module.EditorScreen })));

/** Reports, after mounting, that the editor's code has arrived and the editor is on screen. */
function Mounted({ onMount, children }: { onMount: () => void; children: ReactNode }) {
  useEffect(onMount, [onMount]);
  return children;
}

/** The caseload (issue 21) loads on demand: the plan list, the first screen, does not carry it. */
const CaseloadScreen = lazy(() => import(/* webpackChunkName: "caseload" */ './caseload/CaseloadScreen').then((module) => ({ default: module.CaseloadScreen })));

type Route = { kind: 'list' | 'caseload' } | { kind: 'plan'; id: string; driveId?: string };

/**
 * The route lives in the hash and holds only an id: no plan content in URLs. `?view=caseload` (the Teams personal
 * tab's address) opens the caseload while the hash is empty; the hash wins once the user moves on.
 */
function readRoute(): Route {
  const { hash, search } = window.location;
  // `?drive=`: the case library of a plan opened from the caseload across cases (ids only, never a name).
  const match = /^#\/plan\/([A-Za-z0-9_-]{1,64})(?:\?drive=([A-Za-z0-9!_-]{1,200}))?$/.exec(hash);
  if (match?.[1]) return { kind: 'plan', id: match[1], ...(match[2] ? { driveId: match[2] } : {}) };
  return hash === '#/caseload' || (!hash && search.includes('view=caseload')) ? { kind: 'caseload' } : { kind: 'list' };
}

function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState<Route>(readRoute);
  useEffect(() => {
    const onHash = () => setRoute(readRoute());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (r: Route) => {
    window.location.hash = r.kind === 'plan' ? `#/plan/${r.id}` : '#/';
    setRoute(r);
  };
  return [route, go];
}

export interface AppProps {
  /** Extra actions in the editor's bar (scheduling, sharing, evaluations), supplied per mode. */
  editorActions?: (plan: Plan) => ReactNode;
  planBadges?: (summary: PlanSummary) => ReactNode;
}

/** Reminders load after the list (their badges and rules are not first-screen code); a plan's card shows them a moment later. */
const ReminderBadges = lazy(() => import(/* webpackChunkName: "reminders" */ './evaluation/ReminderBadges').then((module) => ({ default: module.ReminderBadges })));

/** Evaluation reminders show in every mode unless a host supplies its own markers. */
const defaultPlanBadges = (summary: PlanSummary) => <Suspense fallback={null}><ReminderBadges summary={summary} /></Suspense>;

export function App({ editorActions, planBadges }: AppProps) {
  const t = useT();
  const { mode, caseload } = useServices();
  const [route, go] = useRoute();
  // `data-ready="true"` marks the screen as usable (the bench's time to interactive waits for it). The plan list is
  // usable from its first render: "Nieuw plan" and "Importeren" wait for the store themselves when clicked, and the
  // list fills its skeleton when the store answers (it says so with `data-listed`). The editor is usable once its
  // code has arrived and it is on screen.
  const [editorMounted, setEditorMounted] = useState(false);
  const markEditorMounted = useCallback(() => setEditorMounted(true), []);
  const ready = route.kind !== 'plan' || editorMounted;
  const deletion = useDeleteConfirmation();
  useEffect(() => { document.title = t(m['app.title']); }, [t]);
  return (
    <div style={css.shell} data-ready={ready ? 'true' : 'false'}>
      <header style={css.header}>
        <span style={css.brand}>{t(m['app.title'])}</span>
        <span style={css.account}>
          {caseload && route.kind === 'list' ? <a href="#/caseload" style={css.link}>{t(m['list.caseload'])}</a> : null}
          <span style={pill('brand')}>{t(m[mode === 'local' ? 'app.mode.local' : 'app.mode.tenant'])}</span>
          <SignOutButton />
        </span>
      </header>
      <main>
        <DeviceNotices onList={route.kind === 'list'} />
        {route.kind === 'caseload'
          ? <Suspense fallback={<p role="status" style={css.loading}>{t(m['list.loading'])}</p>}><CaseloadScreen backHref="#/" /></Suspense>
          : route.kind === 'plan'
          ? (
            <Suspense fallback={<p role="status" style={css.loading}>{t(shell['shell.editorLoading'])}</p>}>
              <Mounted onMount={markEditorMounted}>
                <EditorScreen key={route.id} planId={route.id} driveId={route.driveId} onBack={() => go({ kind: 'list' })} onOpenPlan={(id) => go({ kind: 'plan', id })}
                  extraActions={editorActions} />
              </Mounted>
            </Suspense>
          )
          : <PlanList onOpen={(id) => go({ kind: 'plan', id })} confirmDelete={deletion.ask} renderBadges={planBadges ?? defaultPlanBadges} />}
      </main>
      {deletion.dialog}
    </div>
  );
}
