import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, ErrorCircleRegular, ArrowSyncRegular, WarningRegular } from '@fluentui/react-icons';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useT } from '../useT';
import type { SaveState } from './usePlanEditor';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

const KEYS = { saved: 'save.saved', pending: 'save.pending', saving: 'save.saving', error: 'save.error', conflict: 'save.conflict' } as const;

/** The visible save state; a live region so screen readers hear it too. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const t = useT();
  const styles = useStyles();
  const icon = state === 'saved' ? <CheckmarkRegular aria-hidden /> : state === 'error' ? <ErrorCircleRegular aria-hidden />
    : state === 'conflict' ? <WarningRegular aria-hidden /> : <ArrowSyncRegular aria-hidden />;
  return (
    <span className={styles.root} role="status" aria-live="polite" data-save-state={state}>
      {icon}<Text>{t(m[KEYS[state]])}</Text>
    </span>
  );
}
