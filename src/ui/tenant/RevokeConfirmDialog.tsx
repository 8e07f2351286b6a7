import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import type { CopyShare, RevokeReason } from '../../domain';
import { revocationMessages as r } from '../../i18n/areas/revocation';
import { formatDate } from '../formatDate';
import { useLocale } from '../services';
import { useT } from '../useT';
import { REVOKE_REASONS } from './shareTexts';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  address: { overflowWrap: 'anywhere' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** One share the confirmation lists: whose it is (in words) and what it was. */
export interface RevokeItem {
  share: CopyShare;
  reason: RevokeReason;
  who: string;
  /** What the copy holds, in words ("Het hele plan"). */
  what: string;
  /** The shared plan file of before schema 4 (one file for everyone), not a copy of its own. */
  legacy: boolean;
}

/** What the confirmation is for: access that must go, or a consent withdrawn together with its access. */
export type RevokeRequest =
  | { kind: 'pending'; items: RevokeItem[] }
  | { kind: 'withdraw'; recipientId: string; name: string; items: RevokeItem[] };

/**
 * The question before any access is taken away: which copy (file, date, contents), whose, and why. Nothing is revoked
 * until the user says "Ja, intrekken"; a consent withdrawn is recorded only then too.
 */
export function RevokeConfirmDialog({ request, onConfirm, onCancel }: {
  request: RevokeRequest | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const items = request?.items ?? [];
  return (
    // Closed through `open`, never by unmounting: an unmounted open Dialog leaves aria-hidden on the page (microsoft/fluentui#35139).
    <Dialog open={request !== null} modalType="alert" onOpenChange={(_, d) => { if (!d.open) onCancel(); }}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(r[request?.kind === 'withdraw' ? 'revokeConfirm.withdrawTitle' : 'revokeConfirm.title'])}</DialogTitle>
          <DialogContent className={styles.content}>
            {request?.kind === 'withdraw' && <Text as="p">{t(r['revokeConfirm.withdraw'], { name: request.name })}</Text>}
            <Text as="p">{t(r[items.length > 0 ? 'revokeConfirm.intro' : 'revokeConfirm.none'])}</Text>
            {items.length > 0 && (
              <ul className={styles.list} aria-label={t(r['revokeConfirm.title'])}>
                {items.map((item) => (
                  <li key={item.share.id} className={styles.item}>
                    <Text className={styles.name}>{item.who}</Text>
                    <Text className={styles.address}>{t(r['revokeConfirm.where'])}: {item.share.email}</Text>
                    <Text>
                      {item.legacy
                        ? t(r['revokeConfirm.legacyFile'])
                        : t(r['revokeConfirm.file'], { date: formatDate(item.share.sharedOn, locale), what: item.what })}
                    </Text>
                    <Text>{t(r['revokeConfirm.why'], { reason: t(REVOKE_REASONS[item.reason]) })}</Text>
                  </li>
                ))}
              </ul>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>{t(r['revokeConfirm.yes'])}</Button>
            <Button onClick={onCancel}>{t(r['revokeConfirm.cancel'])}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
