import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Plan } from '../../domain';
import { lifecycleMessages as lm } from '../../i18n/areas/lifecycle';
import { useT } from '../useT';

/** Tells that this draft is an adjusted version, and that the plan in force stays in force until it is activated. */
export function RevisionBanner({ plan }: { plan: Plan }) {
  const t = useT();
  if (plan.revisionOf === null) return null;
  return <MessageBar intent="info"><MessageBarBody>{t(lm['revision.banner'], { version: plan.version })}</MessageBarBody></MessageBar>;
}
