import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { planListMessages as m } from '../../i18n/areas/planList';
import { useT } from '../useT';

export interface DeletePlanDialogProps {
  open: boolean;
  /** The family's name as the list shows it, so the user knows which plan goes. */
  family: string;
  onOpenChange: (open: boolean) => void;
  onConfirm: () => void;
}

/**
 * The confirmation before a plan is deleted. Its own module so the plan list loads it (and Fluent's dialog code)
 * only when a delete is asked for. Close it through `open`, never by unmounting it while open: an unmounted open
 * Dialog leaves aria-hidden on the page (microsoft/fluentui#35139).
 */
export default function DeletePlanDialog({ open, family, onOpenChange, onConfirm }: DeletePlanDialogProps) {
  const t = useT();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => onOpenChange(d.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(m['list.confirm.title'])}</DialogTitle>
          <DialogContent>{t(m['list.confirm.body'], { family })}</DialogContent>
          <DialogActions>
            <Button onClick={() => onOpenChange(false)}>{t(m['editor.cancel'])}</Button>
            <Button appearance="primary" onClick={onConfirm}>{t(m['list.confirm.yes'])}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
