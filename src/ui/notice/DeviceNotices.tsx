import { Suspense, lazy, useState } from 'react';
import { Button } from '@fluentui/react-components';
import { SignOutRegular } from '@fluentui/react-icons';
import { staleDraftCutoff } from '../../app/draftPolicy';
import { shellMessages as m } from '../../i18n/areas/shell';
import { useServices } from '../services';
import { useT } from '../useT';
import { useStaleDrafts, useStorageHealth } from './useDeviceHealth';

// Message bars and dialogs are not part of the first screen's code: they load when there is something to say.
const StorageHealthBar = lazy(() => import(/* webpackChunkName: "notices" */ './StorageHealthBar').then((x) => ({ default: x.StorageHealthBar })));
const StaleDraftsNotice = lazy(() => import(/* webpackChunkName: "notices" */ './DeviceDrafts').then((x) => ({ default: x.StaleDraftsNotice })));
const SignOutFailedNotice = lazy(() => import(/* webpackChunkName: "notices" */ './DeviceDrafts').then((x) => ({ default: x.SignOutFailedNotice })));
const SignOutDialog = lazy(() => import(/* webpackChunkName: "notices" */ './DeviceDrafts').then((x) => ({ default: x.SignOutDialog })));

/** Storage health (every screen) and old drafts (the plan list). */
export function DeviceNotices({ onList }: { onList: boolean }) {
  const health = useStorageHealth();
  const stale = useStaleDrafts();
  const showHealth = health.notPersistent || health.interrupted !== null;
  const { signOutFailed } = useServices();
  return (
    <Suspense fallback={null}>
      {signOutFailed && signOutFailed.length > 0 && <SignOutFailedNotice failed={signOutFailed} />}
      {showHealth && <StorageHealthBar notPersistent={health.notPersistent} interrupted={health.interrupted} />}
      {onList && stale.older > 0 && <StaleDraftsNotice older={stale.older} onRemoved={stale.forget} />}
    </Suspense>
  );
}

/** Tenant mode's sign-out button; the confirmation says how many unsaved drafts on this device go with it. */
export function SignOutButton() {
  const t = useT();
  const { drafts, clock, signOut, signOutKind } = useServices();
  const [unsaved, setUnsaved] = useState<number | null>(null);
  // Once loaded, the dialog stays mounted and closes through `open`: an unmounted open Dialog leaves aria-hidden on the page (microsoft/fluentui#35139).
  const [asked, setAsked] = useState(false);
  if (!signOut) return null;
  const ask = async () => {
    const census = await drafts.census(staleDraftCutoff(clock)).catch(() => ({ total: 0, older: 0 }));
    setAsked(true);
    setUnsaved(census.total);
  };
  return (
    <>
      <Button appearance="subtle" icon={<SignOutRegular />} onClick={() => void ask()}>{t(m[signOutKind === 'host' ? 'shell.clearDevice' : 'shell.signOut'])}</Button>
      {asked && <Suspense fallback={null}><SignOutDialog unsaved={unsaved} onClose={() => setUnsaved(null)} /></Suspense>}
    </>
  );
}
