import { useCallback } from 'react';
import { activatePlan } from '../../domain';
import type { Plan } from '../../domain';
import { putRevisionInForce } from '../../app/revision';
import { editorMessages as m } from '../../i18n/areas/editor';
import { lifecycleMessages as lm } from '../../i18n/areas/lifecycle';
import { savingMessages } from '../../i18n/areas/saving';
import { useLocale, useOrganisation, useServices } from '../services';
import { useT } from '../useT';
import type { ActivationMessage } from './QualityPanel';

export interface ActivationDeps {
  update: (plan: Plan) => void;
  settle: () => Promise<boolean>;
  report: (message: ActivationMessage) => void;
  /** Called when the plan shown no longer exists as such (an adjusted version that is now in force in its plan). */
  leave: () => void;
}

/**
 * Activating the plan in the editor. A plain draft becomes active; an adjusted version (`revisionOf`) is put in force
 * in the plan it adjusts (app/revision.ts), after which its own draft record is gone and the editor leaves it.
 */
export function useActivation({ update, settle, report, leave }: ActivationDeps): (plan: Plan) => Promise<void> {
  const t = useT();
  const locale = useLocale();
  const organisation = useOrganisation();
  const { clock, store } = useServices();

  return useCallback(async (plan: Plan) => {
    if (plan.revisionOf !== null) {
      // The draft's last edits must be stored first: they are what goes into force.
      if (!(await settle())) { report({ intent: 'error', text: t(savingMessages['saving.activate.failed']) }); return; }
      try {
        const result = await putRevisionInForce(store, plan, clock.now(), organisation);
        if (result.ok) { report({ intent: 'success', text: t(lm['revision.activated'], { version: result.stored.plan.version }) }); leave(); return; }
        report(result.reason === 'errors'
          ? { intent: 'error', text: t(m['quality.activate.refused'], { n: result.findings.length }) }
          : { intent: 'error', text: t(lm['revision.missing']) });
      } catch {
        report({ intent: 'error', text: t(lm['revision.failed']) });
      }
      return;
    }
    const result = activatePlan(plan, clock.now(), organisation);
    if (!result.ok) {
      report({ intent: 'error', text: result.reason === 'status' ? t(m['quality.activate.status']) : t(m['quality.activate.refused'], { n: result.findings.length }) });
      return;
    }
    update(result.plan);
    // Activation counts only once the store holds it: a failed save is shown, never reported as done.
    if (!(await settle())) { report({ intent: 'error', text: t(savingMessages['saving.activate.failed']) }); return; }
    await store.freezeVersion(result.plan, locale === 'nl' ? 'Geactiveerd' : 'Activated').catch(() => undefined);
    report({ intent: 'success', text: t(m['quality.activate.ok']) });
  }, [t, locale, organisation, clock, store, update, settle, report, leave]);
}
