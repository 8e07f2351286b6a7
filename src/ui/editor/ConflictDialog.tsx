import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { fieldLabelOfPath, valueAtMergePath } from '../../domain';
import type { MergePreference, Plan } from '../../domain';
import { savingMessages as m } from '../../i18n/areas/saving';
import { useLocale } from '../services';
import { useT } from '../useT';

const SHOWN_FIELDS = 8;
const SHOWN_CHARS = 160;

const shorten = (text: string) => (text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text);

const useStyles = makeStyles({
  pair: { margin: `${tokens.spacingVerticalS} 0` },
  label: { fontWeight: tokens.fontWeightSemibold },
  value: { marginInlineStart: tokens.spacingHorizontalM, overflowWrap: 'anywhere' },
});

/**
 * Both sides changed the same fields: the user picks whose version of those fields applies. Everything else is
 * already merged, and the version not chosen is frozen in the history. Never a silent overwrite.
 */
export function ConflictDialog({ open, clashes, mine, theirs, onChoose }: {
  open: boolean; clashes: string[]; mine: Plan; theirs: Plan | null; onChoose: (prefer: MergePreference) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const labels = [...new Set(clashes.map((path) => fieldLabelOfPath(path, locale)).filter((label) => label.length > 0))];
  // Plain texts can be shown side by side; for whole list items the field names must do.
  const texts = theirs ? clashes.slice(0, SHOWN_FIELDS).flatMap((path) => {
    const [a, b] = [valueAtMergePath(mine, path), valueAtMergePath(theirs, path)];
    return typeof a === 'string' && typeof b === 'string' ? [{ path, label: fieldLabelOfPath(path, locale), mine: a, theirs: b }] : [];
  }) : [];
  return (
    // Closed through `open`, never by unmounting: an unmounted open Dialog leaves aria-hidden on the page (microsoft/fluentui#35139).
    <Dialog open={open} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(m['conflict.title'])}</DialogTitle>
          <DialogContent>
            <p>{t(m['conflict.body'], { n: clashes.length })}</p>
            {labels.length > 0 && <p>{t(m['conflict.fields'], { fields: labels.slice(0, SHOWN_FIELDS).join('; ') })}</p>}
            {texts.map((c) => (
              <dl key={c.path} className={styles.pair}>
                <dt className={styles.label}>{c.label}</dt>
                <dd className={styles.value}>{t(m['conflict.value.mine'])}: {shorten(c.mine)}</dd>
                <dd className={styles.value}>{t(m['conflict.value.theirs'])}: {shorten(c.theirs)}</dd>
              </dl>
            ))}
          </DialogContent>
          <DialogActions fluid>
            <Button onClick={() => onChoose('theirs')}>{t(m['conflict.theirs'])}</Button>
            <Button appearance="primary" onClick={() => onChoose('mine')}>{t(m['conflict.mine'])}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
