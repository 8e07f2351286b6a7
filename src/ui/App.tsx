import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { Badge, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Plan } from '../domain';
import type { PlanSummary } from '../app/ports';
import { editorMessages as m } from '../i18n/areas/editor';
import { shellMessages as shell } from '../i18n/areas/shell';
import { ReminderBadges } from './evaluation/ReminderBadges';
import { PlanList } from './planList/PlanList';
import { DeviceNotices, SignOutButton } from './notice/DeviceNotices';
import { useDeleteConfirmation } from './planList/useDeleteConfirmation';
import { useServices } from './services';
import { useT } from './useT';

const useStyles = makeStyles({
  shell: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  header: {
    display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  account: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  loading: { padding: tokens.spacingHorizontalXXL },
});

/** The editor is most of the app's code; the first screen (the plan list) does not wait for it. */
const EditorScreen = lazy(() => import(/* webpackChunkName: "editor" */ './editor/EditorScreen').then((module) => ({ default: module.EditorScreen })));

/** Reports, after mounting, that the editor's code has arrived and the editor is on screen. */
function Mounted({ onMount, children }: { onMount: () => void; children: ReactNode }) {
  useEffect(onMount, [onMount]);
  return children;
}

type Route = { kind: 'list' } | { kind: 'plan'; id: string };

/** The route lives in the hash and holds only an id: no plan content in URLs. */
function readRoute(): Route {
  const match = /^#\/plan\/([A-Za-z0-9_-]{1,64})$/.exec(window.location.hash);
  return match?.[1] ? { kind: 'plan', id: match[1] } : { kind: 'list' };
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

/** Evaluation reminders show in every mode unless a host supplies its own markers. */
const defaultPlanBadges = (summary: PlanSummary) => <ReminderBadges summary={summary} />;

export function App({ editorActions, planBadges }: AppProps) {
  const styles = useStyles();
  const t = useT();
  const { mode } = useServices();
  const [route, go] = useRoute();
  // `data-ready="true"` marks the first screen as usable (the bench's time to interactive and the e2e tests wait for it).
  const [ready, setReady] = useState(false);
  const markReady = useCallback(() => setReady(true), []);
  const deletion = useDeleteConfirmation();
  useEffect(() => { document.title = t(m['app.title']); }, [t]);
  return (
    <div className={styles.shell} data-ready={ready ? 'true' : 'false'}>
      <header className={styles.header}>
        <span className={styles.brand}>{t(m['app.title'])}</span>
        <span className={styles.account}>
          <Badge appearance="outline">{t(m[mode === 'local' ? 'app.mode.local' : 'app.mode.tenant'])}</Badge>
          <SignOutButton />
        </span>
      </header>
      <main>
        <DeviceNotices onList={route.kind === 'list'} />
        {route.kind === 'plan'
          ? (
            <Suspense fallback={<Spinner className={styles.loading} label={t(shell['shell.editorLoading'])} />}>
              <Mounted onMount={markReady}>
                <EditorScreen key={route.id} planId={route.id} onBack={() => go({ kind: 'list' })} extraActions={editorActions} />
              </Mounted>
            </Suspense>
          )
          : <PlanList onOpen={(id) => go({ kind: 'plan', id })} onReady={markReady} confirmDelete={deletion.ask} renderBadges={planBadges ?? defaultPlanBadges} />}
      </main>
      {deletion.dialog}
    </div>
  );
}
