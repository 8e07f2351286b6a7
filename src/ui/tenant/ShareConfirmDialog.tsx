import {
  Badge, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import type { PlannedCopy } from '../../app/sharing';
import { copyMessages as c } from '../../i18n/areas/copies';
import { useT } from '../useT';
import { useRefusalText } from './shareTexts';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  address: { overflowWrap: 'anywhere' },
  warning: { margin: 0, color: tokens.colorPaletteDarkOrangeForeground2 },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * The confirmation before anything is sent: each recipient, what they will get, and whether their address is outside
 * the organisation. Refused recipients are listed with the reason, so nobody is left out silently. A list of cards
 * rather than a table, so it reads at 400 px too.
 */
export function ShareConfirmDialog({ open, planned, onConfirm, onCancel }: {
  open: boolean;
  planned: readonly PlannedCopy[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const styles = useStyles();
  const refusalText = useRefusalText();
  const sending = planned.filter((p) => p.refusal === null);
  const outside = sending.filter((p) => p.outside === true).length;
  return (
    // Closed through `open`, never by unmounting: an unmounted open Dialog leaves aria-hidden on the page (microsoft/fluentui#35139).
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => { if (!d.open) onCancel(); }}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(c['confirm.title'])}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text as="p">{t(c['confirm.intro'])}</Text>
            {outside > 0 && (
              <Text as="p" weight="semibold" className={styles.warning}>{t(c['confirm.outsideWarning'], { count: outside })}</Text>
            )}
            <ul className={styles.list} aria-label={t(c['confirm.title'])}>
              {planned.map((p) => (
                <li key={p.recipient.id} className={styles.item}>
                  <Text className={styles.name}>{p.recipient.name || p.recipient.email}</Text>
                  <Text className={styles.address}>{t(c['confirm.where'])}: {p.recipient.email || '–'}</Text>
                  {p.refusal === null ? (
                    <>
                      <Text>{t(c['confirm.gets'])}: {p.label}</Text>
                      <div>
                        {p.outside === true && <Badge appearance="tint" color="warning">{t(c['confirm.outside'])}</Badge>}
                        {p.outside === false && <Badge appearance="tint" color="success">{t(c['confirm.inside'])}</Badge>}
                        {p.outside === null && <Badge appearance="tint" color="informative">{t(c['confirm.unknown'])}</Badge>}
                      </div>
                    </>
                  ) : (
                    <Text>{t(c['confirm.notSent'], { reason: refusalText(p.refusal.code) })}</Text>
                  )}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={sending.length === 0} onClick={onConfirm}>{t(c['confirm.send'])}</Button>
            <Button onClick={onCancel}>{t(c['confirm.cancel'])}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
