import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { differingSections } from '../../domain';
import type { Plan } from '../../domain';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useLocale } from '../services';
import { useT } from '../useT';

/** Someone saved in between: reload theirs, keep mine as a new version, or compare first. Never a silent overwrite. */
export function ConflictDialog({ open, mine, theirs, onChoose }: {
  open: boolean; mine: Plan; theirs: Plan | null; onChoose: (choice: 'reload' | 'keepMine') => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [comparing, setComparing] = useState(false);
  const differing = theirs ? differingSections(mine, theirs) : [];
  return (
    // Closed through `open`, never by unmounting: an unmounted open Dialog leaves aria-hidden on the page (microsoft/fluentui#35139).
    <Dialog open={open} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(m['conflict.title'])}</DialogTitle>
          <DialogContent>
            <p>{t(m['conflict.body'])}</p>
            {comparing && (
              <p role="status">
                {differing.length === 0 ? t(m['conflict.compare.none'])
                  : t(m['conflict.compare.changed'], { sections: differing.map((s) => s.heading[locale]).join('; ') })}
              </p>
            )}
          </DialogContent>
          <DialogActions fluid>
            <Button onClick={() => setComparing(true)} disabled={!theirs}>{t(m['conflict.compare'])}</Button>
            <Button onClick={() => onChoose('reload')}>{t(m['conflict.reload'])}</Button>
            <Button appearance="primary" onClick={() => onChoose('keepMine')}>{t(m['conflict.keepMine'])}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
