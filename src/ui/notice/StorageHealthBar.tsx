import { useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { savingMessages as m } from '../../i18n/areas/saving';
import { useT } from '../useT';
import type { Interruption } from './useDeviceHealth';

/**
 * In local mode the browser holds the only copy of every plan: say so when the browser may evict it, and suggest
 * an export. In every mode, say when another window blocks or replaces this one's storage connection.
 * Loaded only when one of them applies (App.tsx).
 */
export function StorageHealthBar({ notPersistent, interrupted }: { notPersistent: boolean; interrupted: Interruption | null }) {
  const t = useT();
  const [dismissed, setDismissed] = useState(false);
  return (
    <>
      {interrupted && (
        <MessageBar intent="warning"><MessageBarBody>{t(m[interrupted === 'blocked' ? 'storage.blocked' : 'storage.versionchange'])}</MessageBarBody></MessageBar>
      )}
      {notPersistent && !dismissed && (
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
