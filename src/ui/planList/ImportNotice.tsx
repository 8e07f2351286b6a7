import { useCallback } from 'react';
import { Button } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import type { Locale } from '../../domain';
import type { DroppedOnImport } from '../../domain/import';
import type { Bilingual } from '../../i18n';
import { importNoticeMessages as m } from '../../i18n/areas/importNotice';
import { formatDate } from '../formatDate';
import { Notice } from '../notice/Notice';
import { firstScreen as css } from '../firstScreenStyles';
import { useLocale } from '../services';
import { useT } from '../useT';


type Translate = (message: Bilingual, values?: Readonly<Record<string, string | number>>) => string;

/** One line of the notice, in the user's language: what was dropped, and which meeting or recipient it was. */
export function describeDropped(item: DroppedOnImport, t: Translate, locale: Locale): string {
  const on = (date: string | null) => (date ? ` (${formatDate(date, locale)})` : '');
  switch (item.kind) {
    case 'evaluationMeeting':
      return `${t(m['list.import.dropped.evaluationMeeting'])}${on(item.date)}`;
    case 'networkMeeting':
      return `${t(m['list.import.dropped.networkMeeting'], { n: item.index + 1 })}${on(item.date)}`;
    case 'copyConsent':
      return t(m['list.import.dropped.copyConsent'], { name: item.name.trim() || t(m['list.import.dropped.unnamed'], { n: item.index + 1 }) });
    case 'familyAgreement':
      if (item.count === 0) return t(m['list.import.dropped.familyAgreementReason']);
      return t(m[item.reason ? 'list.import.dropped.familyAgreementAndReason' : 'list.import.dropped.familyAgreement'], { n: item.count });
    case 'status':
      return t(m[`list.import.dropped.status.${item.status}`]);
    case 'shares':
      return t(m['list.import.dropped.shares'], { n: item.count });
  }
}

export interface ImportNoticeProps {
  dropped: ReadonlyArray<DroppedOnImport>;
  onOpen: () => void;
}

/**
 * Says what an import left behind (domain prepareImport), before the plan opens: the list stays on screen until the
 * user opens the plan, so the notice is read rather than replaced by the editor. The open button takes the focus.
 */
export function ImportNotice({ dropped, onOpen }: ImportNoticeProps) {
  const t = useT();
  const locale = useLocale();
  // A stable callback ref: it focuses the button when it appears (also when the message bar's code arrives and
  // replaces the plain fallback box), not at every render of the list.
  const focusOnAttach = useCallback((button: HTMLButtonElement | null) => { button?.focus(); }, []);
  return (
    <Notice intent="warning" multiline>
      {t(m['list.import.dropped'])}
      <ul style={css.importList}>
        {dropped.map((item, i) => <li key={i}>{describeDropped(item, t, locale)}</li>)}
      </ul>
      <p style={css.importNext}>{t(m['list.import.dropped.next'])}</p>
      <Button ref={focusOnAttach} appearance="primary" icon={<OpenRegular />} onClick={onOpen}>{t(m['list.import.open'])}</Button>
    </Notice>
  );
}
