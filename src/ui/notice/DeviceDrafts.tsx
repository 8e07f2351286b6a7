import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarActions, MessageBarBody,
} from '@fluentui/react-components';
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

/** Tenant mode's sign-out: says how many unsaved changes on this device go with it before it forgets them. */
export function SignOutDialog({ unsaved, onClose }: { unsaved: number | null; onClose: () => void }) {
  const t = useT();
  const { signOut } = useServices();
  if (!signOut) return null;
  return (
    <>
      <Dialog open={unsaved !== null} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t(m['signOut.title'])}</DialogTitle>
            <DialogContent>
              <p>{t(m['signOut.body'])}</p>
              {unsaved !== null && unsaved > 0 && <p>{t(m['signOut.unsaved'], { n: unsaved })}</p>}
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>{t(m['signOut.cancel'])}</Button>
              <Button appearance="primary" onClick={() => void signOut()}>{t(m['signOut.confirm'])}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
