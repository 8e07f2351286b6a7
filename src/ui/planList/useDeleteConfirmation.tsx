import { Suspense, lazy, useCallback, useState } from 'react';
import type { ReactNode } from 'react';

// Fluent's dialog code arrives with the first delete, not with the plan list.
const DeletePlanDialog = lazy(() => import(/* webpackChunkName: "plan-list-dialog" */ './DeletePlanDialog'));

export interface DeleteConfirmation {
  /** Opens the confirmation naming the family; resolves true when the user confirms, false when they cancel. */
  ask: (family: string) => Promise<boolean>;
  /** The dialog; render it where it outlives the screens (the app shell), see below. */
  dialog: ReactNode;
}

interface Request {
  family: string;
  resolve: (confirmed: boolean) => void;
}

/**
 * The delete confirmation, owned by whoever renders `dialog`. Fluent's modal dialog marks the rest of the page
 * aria-hidden and clears that mark only after its closing animation; a dialog unmounted in that window (or while
 * open, microsoft/fluentui#35139) leaves the whole page hidden from assistive technology. So the dialog is closed
 * through `open`, never by unmounting, and lives in the app shell: opening a plan right after a delete unmounts
 * the list, not the closing dialog.
 */
export function useDeleteConfirmation(): DeleteConfirmation {
  const [request, setRequest] = useState<Request | null>(null);
  const [open, setOpen] = useState(false);
  const ask = useCallback((family: string) => new Promise<boolean>((resolve) => {
    setRequest({ family, resolve });
    setOpen(true);
  }), []);
  const answer = (confirmed: boolean) => {
    request?.resolve(confirmed);
    setOpen(false);
  };
  const dialog = request && (
    <Suspense fallback={null}>
      <DeletePlanDialog open={open} family={request.family} onOpenChange={(next) => { if (!next) answer(false); }} onConfirm={() => answer(true)} />
    </Suspense>
  );
  return { ask, dialog };
}
