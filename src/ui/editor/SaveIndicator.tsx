import { useEffect, useState } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, ErrorCircleRegular, ArrowSyncRegular, WarningRegular } from '@fluentui/react-icons';
import type { SaveStatus } from '../../app/savePlan';
import { savingMessages as m } from '../../i18n/areas/saving';
import { useT } from '../useT';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** Seconds until `at` (epoch ms), refreshed every second while it runs. */
function useSecondsUntil(at: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === null) return undefined;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [at]);
  return at === null ? 0 : Math.max(0, Math.ceil((at - now) / 1000));
}

function statusText(status: SaveStatus, t: ReturnType<typeof useT>, seconds: number): string {
  switch (status.kind) {
    case 'saved': return t(m['saving.saved']);
    case 'saving': return t(m['saving.saving'], { n: status.unsaved });
    case 'pending': return t(m['saving.pending'], { n: status.unsaved });
    case 'retrying': return t(m['saving.retrying'], { n: status.unsaved, seconds });
    case 'invalid': return t(m['saving.invalid'], { n: status.unsaved });
    case 'failed': return t(m['saving.failed'], { n: status.unsaved });
    case 'conflict': return t(m['saving.conflict']);
  }
}

/** The visible save state; a live region so screen readers hear it too. Says "Opgeslagen" only when the store holds the screen. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const t = useT();
  const styles = useStyles();
  const seconds = useSecondsUntil(status.kind === 'retrying' ? status.retryAt : null);
  const icon = status.kind === 'saved' ? <CheckmarkRegular aria-hidden />
    : status.kind === 'failed' || status.kind === 'invalid' ? <ErrorCircleRegular aria-hidden />
      : status.kind === 'conflict' || status.kind === 'retrying' ? <WarningRegular aria-hidden /> : <ArrowSyncRegular aria-hidden />;
  return (
    <span className={styles.root} role="status" aria-live="polite" data-save-state={status.kind}
      data-unsaved={status.kind === 'saved' ? 0 : status.unsaved}>
      {icon}<Text>{statusText(status, t, seconds)}</Text>
    </span>
  );
}
