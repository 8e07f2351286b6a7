import { Suspense, lazy } from 'react';
import { Spinner } from '@fluentui/react-components';
import { evaluationMessages as m } from '../../i18n/areas/evaluation';
import { useT } from '../useT';
import type { EvaluationsViewProps } from './EvaluationsView';

export { ReminderBadges } from './ReminderBadges';
export type { EvaluationsViewProps } from './EvaluationsView';

/** The evaluation screens (chart, comparison) load only when opened, keeping them out of the first paint. */
const EvaluationsViewChunk = lazy(() => import(/* webpackChunkName: "evaluations" */ './EvaluationsView').then((mod) => ({ default: mod.EvaluationsView })));

export function LazyEvaluationsView(props: EvaluationsViewProps) {
  const t = useT();
  return (
    <Suspense fallback={<Spinner label={t(m['eval.loading'])} />}>
      <EvaluationsViewChunk {...props} />
    </Suspense>
  );
}
