import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { fieldLabelOfPath } from '../../domain';
import type { MergePreference } from '../../domain';
import { savingMessages as m } from '../../i18n/areas/saving';
import { useLocale } from '../services';
import { useT } from '../useT';

const SHOWN_FIELDS = 8;

/**
 * Both sides changed the same fields: the user picks whose version of those fields applies. Everything else is
 * already merged, and the version not chosen is frozen in the history. Never a silent overwrite.
 */
export function ConflictDialog({ open, clashes, onChoose }: {
  open: boolean; clashes: string[]; onChoose: (prefer: MergePreference) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const labels = [...new Set(clashes.map((path) => fieldLabelOfPath(path, locale)).filter((label) => label.length > 0))];
  return (
    // Closed through `open`, never by unmounting: an unmounted open Dialog leaves aria-hidden on the page (microsoft/fluentui#35139).
    <Dialog open={open} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(m['conflict.title'])}</DialogTitle>
          <DialogContent>
            <p>{t(m['conflict.body'], { n: clashes.length })}</p>
            {labels.length > 0 && <p>{t(m['conflict.fields'], { fields: labels.slice(0, SHOWN_FIELDS).join('; ') })}</p>}
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
