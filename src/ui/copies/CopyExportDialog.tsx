import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Select, Text } from '@fluentui/react-components';
import { localCopy, planCopies } from '../../app/sharing';
import { loadPreviousVersion } from '../../app/exportSelection';
import type { Plan } from '../../domain';
import { copyMessages as c } from '../../i18n/areas/copies';
import { editorMessages as m } from '../../i18n/areas/editor';
import { downloadBlob } from '../download';
import { useLocale, useOrganisation, useServices } from '../services';
import { useT } from '../useT';
import { useRefusalText } from '../tenant/shareTexts';

/**
 * "Kopie voor een ontvanger": the local export of one recipient's own copy, the same choice a share in tenant mode
 * sends (section 8). The user picks the recipient; the document is exactly what section 8 says they get.
 */
export function CopyExportDialog({ plan, open, onClose }: { plan: Plan; open: boolean; onClose: (status: 'done' | 'failed' | null) => void }) {
  const t = useT();
  const locale = useLocale();
  const refusalText = useRefusalText();
  const { loadExports, clock, store } = useServices();
  const organisation = useOrganisation();
  const planned = planCopies(plan, locale, []);
  const [chosen, setChosen] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const recipientId = chosen || planned[0]?.recipient.id || '';
  const current = planned.find((p) => p.recipient.id === recipientId);

  const download = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      const result = await localCopy({ loadExports, clock }, plan, recipientId, locale, { previous: await loadPreviousVersion(store, plan), organisation });
      if (!result.ok) {
        setRefusal(refusalText(result.code));
        return;
      }
      downloadBlob(result.document, result.fileName);
      onClose('done');
    } catch {
      onClose('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => { if (!d.open) onClose(null); }}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(c['export.copy.title'])}</DialogTitle>
          <DialogContent>
            <Text as="p">{t(planned.length === 0 ? c['export.copy.none'] : c['export.copy.intro'])}</Text>
            {planned.length > 0 && (
              <Field label={t(c['export.copy.recipient'])} hint={current ? t(c['share.gets'], { what: current.label }) : undefined}
                validationMessage={refusal ?? undefined} validationState={refusal ? 'error' : 'none'}>
                <Select value={recipientId} onChange={(_, d) => { setChosen(d.value); setRefusal(null); }}>
                  {planned.map((p, i) => <option key={p.recipient.id} value={p.recipient.id}>{p.recipient.name || p.recipient.email || t(c['copies.recipientN'], { n: i + 1 })}</option>)}
                </Select>
              </Field>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy || planned.length === 0} onClick={() => void download()}>
              {busy ? t(m['export.busy']) : t(c['export.copy.download'])}
            </Button>
            <Button onClick={() => onClose(null)}>{t(c['confirm.cancel'])}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
