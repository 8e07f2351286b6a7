import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Plan } from '../domain';
import type { PlanSummary } from '../app/ports';
import { editorMessages as m } from '../i18n/areas/editor';
import { EditorScreen } from './editor/EditorScreen';
import { ReminderBadges } from './evaluation/ReminderBadges';
import { PlanList } from './planList/PlanList';
import { useServices } from './services';
import { useT } from './useT';

const useStyles = makeStyles({
  shell: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  header: {
    display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
});

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
  useEffect(() => { document.title = t(m['app.title']); }, [t]);
  return (
    <div className={styles.shell} data-ready="true">
      <header className={styles.header}>
        <span className={styles.brand}>{t(m['app.title'])}</span>
        <Badge appearance="outline">{t(m[mode === 'local' ? 'app.mode.local' : 'app.mode.tenant'])}</Badge>
      </header>
      <main>
        {route.kind === 'plan'
          ? <EditorScreen key={route.id} planId={route.id} onBack={() => go({ kind: 'list' })} extraActions={editorActions} />
          : <PlanList onOpen={(id) => go({ kind: 'plan', id })} renderBadges={planBadges ?? defaultPlanBadges} />}
      </main>
    </div>
  );
}
