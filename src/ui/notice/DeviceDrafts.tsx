import { useEffect, useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarActions, MessageBarBody,
} from '@fluentui/react-components';
import { SignOutRegular } from '@fluentui/react-icons';
import { DRAFT_MAX_AGE_DAYS, staleDraftCutoff } from '../../app/draftPolicy';
import { savingMessages as m } from '../../i18n/areas/saving';
import { useServices } from '../services';
import { useT } from '../useT';

/** Drafts left on this device for longer than the policy allows: said first, removed when the user agrees. */
export function StaleDraftsNotice() {
  const t = useT();
  const { drafts, clock } = useServices();
  const [older, setOlder] = useState(0);
  useEffect(() => {
    let live = true;
    drafts.census(staleDraftCutoff(clock)).then((c) => { if (live) setOlder(c.older); }, () => undefined);
    return () => { live = false; };
  }, [drafts, clock]);
  if (older === 0) return null;
  const remove = async () => {
    await drafts.removeOlderThan(staleDraftCutoff(clock)).catch(() => 0);
    setOlder(0);
  };
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{t(m['drafts.stale'], { n: older, days: DRAFT_MAX_AGE_DAYS })}</MessageBarBody>
      <MessageBarActions><Button onClick={() => void remove()}>{t(m['drafts.stale.remove'])}</Button></MessageBarActions>
    </MessageBar>
  );
}

/** Tenant mode's sign-out: says how many unsaved changes on this device go with it before it forgets them. */
export function SignOutButton() {
  const t = useT();
  const { drafts, clock, signOut } = useServices();
  const [unsaved, setUnsaved] = useState<number | null>(null);
  if (!signOut) return null;
  const ask = async () => {
    const census = await drafts.census(staleDraftCutoff(clock)).catch(() => ({ total: 0, older: 0 }));
    setUnsaved(census.total);
  };
  return (
    <>
      <Button appearance="subtle" icon={<SignOutRegular />} onClick={() => void ask()}>{t(m['signOut'])}</Button>
      <Dialog open={unsaved !== null} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t(m['signOut.title'])}</DialogTitle>
            <DialogContent>
              <p>{t(m['signOut.body'])}</p>
              {unsaved !== null && unsaved > 0 && <p>{t(m['signOut.unsaved'], { n: unsaved })}</p>}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setUnsaved(null)}>{t(m['signOut.cancel'])}</Button>
              <Button appearance="primary" onClick={() => void signOut()}>{t(m['signOut.confirm'])}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
