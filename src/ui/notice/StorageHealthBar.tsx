import { useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { savingMessages as m } from '../../i18n/areas/saving';
import { useServices } from '../services';
import { useT } from '../useT';

/**
 * In local mode the browser holds the only copy of every plan: say so when the browser may evict it, and suggest
 * an export. In every mode, say when another window blocks or replaces this one's storage connection.
 */
export function StorageHealthBar() {
  const t = useT();
  const { mode, storageHealth } = useServices();
  const [persistent, setPersistent] = useState<boolean | null>(null);
  const [interrupted, setInterrupted] = useState<'blocked' | 'versionchange' | null>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (!storageHealth) return undefined;
    let live = true;
    if (mode === 'local') void storageHealth.persistent().then((answer) => { if (live) setPersistent(answer); });
    const stop = storageHealth.onInterrupted(setInterrupted);
    return () => { live = false; stop(); };
  }, [mode, storageHealth]);

  return (
    <>
      {interrupted && (
        <MessageBar intent="warning"><MessageBarBody>{t(m[interrupted === 'blocked' ? 'storage.blocked' : 'storage.versionchange'])}</MessageBarBody></MessageBar>
      )}
      {persistent === false && !dismissed && (
        <MessageBar intent="info">
          <MessageBarBody>{t(m['storage.notPersistent'])}</MessageBarBody>
          <MessageBarActions containerAction={
            <Button appearance="transparent" aria-label={t(m['saving.dismiss'])} icon={<DismissRegular />} onClick={() => setDismissed(true)} />
          } />
        </MessageBar>
      )}
    </>
  );
}
