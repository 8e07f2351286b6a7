import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import type { Plan } from '../../domain';
import { evaluationMessages as m } from '../../i18n/areas/evaluation';
import { editorMessages as em } from '../../i18n/areas/editor';
import { useT } from '../useT';
import { EvaluationSession } from './EvaluationSession';
import { ScoreChart } from './ScoreChart';
import { VersionCompare } from './VersionCompare';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: '72rem' },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, flexGrow: 1 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
  panelHeading: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

type TabId = 'session' | 'chart' | 'compare';
const TABS: ReadonlyArray<TabId> = ['session', 'chart', 'compare'];

export interface EvaluationsViewProps {
  plan: Plan;
  /** Every change goes through the editor's update, so it is autosaved and guarded like any other edit. */
  onPlanChange: (plan: Plan) => void;
  onClose: () => void;
}

/** The evaluation screens of one plan: the evaluation meeting, the scores over time, and versions compared. */
export function EvaluationsView({ plan, onPlanChange, onClose }: EvaluationsViewProps) {
  const t = useT();
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('session');
  const [message, setMessage] = useState<{ intent: 'success' | 'warning'; text: string } | null>(null);
  const headingKey = { session: 'eval.tab.session', chart: 'chart.heading', compare: 'compare.heading' } as const;

  return (
    <div className={styles.screen}>
      <div className={styles.bar}>
        <Button icon={<ArrowLeftRegular />} onClick={onClose}>{t(m['eval.back'])}</Button>
        <h1 className={styles.title}>{t(m['eval.heading'])}</h1>
        <Text>{`${t(em['list.version'], { n: plan.version })} · ${t(em[`status.${plan.status}`])}`}</Text>
      </div>
      {message && <MessageBar intent={message.intent}><MessageBarBody>{message.text}</MessageBarBody></MessageBar>}
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t(m['eval.tabs'])}>
        {TABS.map((id) => <Tab key={id} id={`eval-tab-${id}`} value={id} aria-controls={id === tab ? `eval-panel-${id}` : undefined}>{t(m[`eval.tab.${id}`])}</Tab>)}
      </TabList>
      <div role="tabpanel" id={`eval-panel-${tab}`} aria-labelledby={`eval-tab-${tab}`} className={styles.panel}>
        <h2 className={styles.panelHeading}>{t(m[headingKey[tab]])}</h2>
        {tab === 'session' && <EvaluationSession plan={plan} onPlanChange={onPlanChange} onDecided={setMessage} />}
        {tab === 'chart' && <ScoreChart plan={plan} />}
        {tab === 'compare' && <VersionCompare plan={plan} />}
      </div>
    </div>
  );
}
