import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Textarea } from '@fluentui/react-components';
import { removeGoal } from '../../domain';
import type { Plan } from '../../domain';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useT } from '../useT';

/** A safety condition only goes with a stated reason (the domain refuses otherwise). */
export function RemoveConditionDialog({ plan, goalId, onDone }: { plan: Plan; goalId: string | null; onDone: (next: Plan | null) => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const result = goalId ? removeGoal(plan, goalId, reason) : null;
  return (
    // Closed through `open`, never by unmounting: an unmounted open Dialog leaves aria-hidden on the page (microsoft/fluentui#35139).
    <Dialog open={goalId !== null} modalType="alert" onOpenChange={(_, d) => { if (!d.open) onDone(null); }}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(m['editor.removeCondition.title'])}</DialogTitle>
          <DialogContent>
            <p>{t(m['editor.removeCondition.body'])}</p>
            <Field label={t(m['editor.removeCondition.reason'])} required>
              <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => onDone(null)}>{t(m['editor.cancel'])}</Button>
            <Button appearance="primary" disabled={!result?.ok} onClick={() => { if (result?.ok) { setReason(''); onDone(result.plan); } }}>{t(m['editor.removeCondition.confirm'])}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
