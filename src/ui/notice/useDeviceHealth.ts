import { useEffect, useState } from 'react';
import { staleDraftCutoff } from '../../app/draftPolicy';
import { useServices } from '../services';

export type Interruption = 'blocked' | 'versionchange';

/**
 * What the device's storage has to say, without any UI: the notices that show it load only when there is something
 * to show, so the first screen carries no message bar.
 */
export function useStorageHealth(): { notPersistent: boolean; interrupted: Interruption | null } {
  const { mode, storageHealth } = useServices();
  const [persistent, setPersistent] = useState<boolean | null>(null);
  const [interrupted, setInterrupted] = useState<Interruption | null>(null);
  useEffect(() => {
    if (!storageHealth) return undefined;
    let live = true;
    if (mode === 'local') void storageHealth.persistent().then((answer) => { if (live) setPersistent(answer); });
    const stop = storageHealth.onInterrupted(setInterrupted);
    return () => { live = false; stop(); };
  }, [mode, storageHealth]);
  return { notPersistent: persistent === false, interrupted };
}

/** How many drafts on this device are older than the policy allows; `forget` after they were removed. */
export function useStaleDrafts(): { older: number; forget: () => void } {
  const { drafts, clock } = useServices();
  const [older, setOlder] = useState(0);
  useEffect(() => {
    let live = true;
    drafts.census(staleDraftCutoff(clock)).then((c) => { if (live) setOlder(c.older); }, () => undefined);
    return () => { live = false; };
  }, [drafts, clock]);
  return { older, forget: () => setOlder(0) };
}
