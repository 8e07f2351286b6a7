import { useState } from 'react';
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { loadPreviousVersion } from '../../app/exportSelection';
import { serializePlan } from '../../domain';
import type { Plan } from '../../domain';
import { editorMessages as m } from '../../i18n/areas/editor';
import { copyMessages as c } from '../../i18n/areas/copies';
import { CopyExportDialog } from '../copies/CopyExportDialog';
import { downloadBlob, planFileName } from '../download';
import { useLocale, useOrganisation, useServices } from '../services';
import { useT } from '../useT';

export type ExportStatus = { intent: 'success' | 'error' | 'info'; text: string } | null;

/** .docx, .ics and JSON exports; the docx/ics code is loaded only when asked for. The .docx lists the changes since the previous version. */
export function ExportMenu({ plan, onStatus, onChildVersion }: { plan: Plan; onStatus: (s: ExportStatus) => void; onChildVersion: () => void }) {
  const t = useT();
  const locale = useLocale();
  const { loadExports, store } = useServices();
  const organisation = useOrganisation();
  const [busy, setBusy] = useState(false);
  const [copyOpen, setCopyOpen] = useState(false);

  const run = async (kind: 'docx' | 'ics' | 'json') => {
    setBusy(true);
    onStatus({ intent: 'info', text: t(m['export.busy']) });
    try {
      if (kind === 'json') {
        downloadBlob(new Blob([serializePlan(plan)], { type: 'application/json' }), planFileName(plan.id, 'json'));
      } else {
        const exports = await loadExports();
        // The document ends its evaluations with what changed since the previous frozen version.
        const blob = kind === 'docx'
          ? await exports.toDocx(plan, locale, { previous: await loadPreviousVersion(store, plan), organisation })
          : new Blob([await exports.toIcs(plan, locale)], { type: 'text/calendar' });
        downloadBlob(blob, planFileName(plan.id, kind));
      }
      onStatus({ intent: 'success', text: t(m['export.done']) });
    } catch {
      onStatus({ intent: 'error', text: t(m['export.failed']) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button icon={<ArrowDownloadRegular />} disabled={busy}>{t(m['export.heading'])}</Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={() => void run('docx')}>{t(m['export.docx'])}</MenuItem>
          <MenuItem onClick={() => setCopyOpen(true)}>{t(c['export.copy'])}</MenuItem>
          <MenuItem onClick={() => void run('ics')}>{t(m['export.ics'])}</MenuItem>
          <MenuItem onClick={() => void run('json')}>{t(m['export.json'])}</MenuItem>
          <MenuItem onClick={onChildVersion}>{t(m['export.child'])}</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
    <CopyExportDialog plan={plan} open={copyOpen} onClose={(status) => {
      setCopyOpen(false);
      if (status) onStatus({ intent: status === 'done' ? 'success' : 'error', text: t(status === 'done' ? m['export.done'] : m['export.failed']) });
    }} />
    </>
  );
}
