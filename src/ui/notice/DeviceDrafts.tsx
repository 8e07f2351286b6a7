import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarActions, MessageBarBody,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { SignOutStep } from '../../app/ports';
import { DRAFT_MAX_AGE_DAYS, staleDraftCutoff } from '../../app/draftPolicy';
import { savingMessages as m } from '../../i18n/areas/saving';
import { useServices } from '../services';
import { useT } from '../useT';

/** Drafts left on this device for longer than the policy allows: said first, removed when the user agrees. */
export function StaleDraftsNotice({ older, onRemoved }: { older: number; onRemoved: () => void }) {
  const t = useT();
  const { drafts, clock } = useServices();
  const remove = async () => {
    await drafts.removeOlderThan(staleDraftCutoff(clock)).catch(() => 0);
    onRemoved();
  };
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{t(m['drafts.stale'], { n: older, days: DRAFT_MAX_AGE_DAYS })}</MessageBarBody>
      <MessageBarActions><Button onClick={() => void remove()}>{t(m['drafts.stale.remove'])}</Button></MessageBarActions>
    </MessageBar>
  );
}

/**
 * Tenant mode's sign-out: says how many unsaved changes on this device go with it before it forgets them. In Teams and
 * Word it is named for what it does there (the host keeps the user signed in): clearing this device's data.
 */
export function SignOutDialog({ unsaved, onClose }: { unsaved: number | null; onClose: () => void }) {
  const t = useT();
  const { signOut, signOutKind } = useServices();
  const [busy, setBusy] = useState(false);
  if (!signOut) return null;
  const host = signOutKind === 'host';
  const run = () => {
    setBusy(true);
    // signOut never rejects: it reloads the page whatever happens, and names a failed step after the reload.
    void signOut();
  };
  return (
    <>
      <Dialog open={unsaved !== null} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t(m[host ? 'clearDevice.title' : 'signOut.title'])}</DialogTitle>
            <DialogContent>
              <p>{t(m[host ? 'clearDevice.body' : 'signOut.body'])}</p>
              {unsaved !== null && unsaved > 0 && <p>{t(m['signOut.unsaved'], { n: unsaved })}</p>}
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose} disabled={busy}>{t(m['signOut.cancel'])}</Button>
              <Button appearance="primary" disabled={busy} onClick={run}>{t(m[host ? 'clearDevice.confirm' : 'signOut.confirm'])}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}

/** After a sign-out that could not do every step: which ones, in words, so the user can act (once, after the reload). */
export function SignOutFailedNotice({ failed }: { failed: readonly SignOutStep[] }) {
  const t = useT();
  const steps = failed.map((step) => t(m[`signOut.step.${step}`])).join(', ');
  return (
    <MessageBar intent="error">
      <MessageBarBody>{t(m['signOut.failed'], { steps })}</MessageBarBody>
    </MessageBar>
  );
}
