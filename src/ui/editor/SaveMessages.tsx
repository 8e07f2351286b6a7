import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { SaveStatus, SessionNotice } from '../../app/savePlan';
import { fieldLabelOfPath } from '../../domain';
import type { DomainError } from '../../domain';
import { errorMessage } from '../../i18n';
import { savingMessages as m } from '../../i18n/areas/saving';
import { useLocale } from '../services';
import { useT } from '../useT';

const SHOWN_PROBLEMS = 5;

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
});

function draftFailedReason(error: DomainError, t: ReturnType<typeof useT>): string {
  return error.code === 'STORAGE.FULL' ? t(m['saving.draftFailed.full']) : t(m['saving.draftFailed.other']);
}

/** Why a change did not go into the plan (the status gate), and where edits that could not go in were kept. */
function lockedText(notice: Extract<SessionNotice, { kind: 'locked' }>, t: ReturnType<typeof useT>): string {
  const why = notice.status === 'closed' ? t(m['saving.locked.closed']) : t(m['saving.locked.inForce']);
  return notice.frozenAs === null ? why : `${why} ${t(m['saving.locked.frozen'], { label: notice.frozenAs })}`;
}

function NoticeBar({ notice, unsaved, onDismiss }: { notice: SessionNotice; unsaved: number; onDismiss: () => void }) {
  const t = useT();
  const text = notice.kind === 'restored' ? t(m['saving.restored'])
    : notice.kind === 'merged' ? t(m['saving.merged'], { sections: notice.sections })
      : notice.kind === 'followed' ? t(m['saving.followed'])
        : notice.kind === 'frozen' ? t(m['saving.frozen'], { label: notice.label })
          : notice.kind === 'locked' ? lockedText(notice, t)
            : t(m['saving.draftFailed'], { reason: draftFailedReason(notice.error, t), n: unsaved });
  const intent = notice.kind === 'draftFailed' ? 'error' : notice.kind === 'locked' ? 'warning' : 'info';
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>{text}</MessageBarBody>
      {notice.kind !== 'draftFailed' && (
        <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t(m['saving.dismiss'])} icon={<DismissRegular />} onClick={onDismiss} />} />
      )}
    </MessageBar>
  );
}

/** What the save status needs explained: why it is not saved, what happens next, and what was merged or restored. */
export function SaveMessages({ status, notices, onRetry, onDismiss }: {
  status: SaveStatus; notices: SessionNotice[]; onRetry: () => void; onDismiss: (index: number) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const unsaved = status.kind === 'saved' ? 0 : status.unsaved;
  return (
    <>
      {notices.map((notice, i) => <NoticeBar key={`${notice.kind}-${i}`} notice={notice} unsaved={unsaved} onDismiss={() => onDismiss(i)} />)}
      {status.kind === 'invalid' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t(m['saving.invalid.body'])}
            <ul className={styles.list}>
              {status.problems.slice(0, SHOWN_PROBLEMS).map((p) => <li key={p.path}>{fieldLabelOfPath(p.path, locale) || p.path}: {p.message}</li>)}
              {status.problems.length > SHOWN_PROBLEMS && <li>{t(m['saving.invalid.more'], { n: status.problems.length - SHOWN_PROBLEMS })}</li>}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {(status.kind === 'retrying' || status.kind === 'failed') && (
        <MessageBar intent={status.kind === 'failed' ? 'error' : 'warning'}>
          <MessageBarBody>
            {errorMessage(status.error, locale)} {status.kind === 'retrying' ? t(m['saving.keptOnDevice']) : ''}
          </MessageBarBody>
          <MessageBarActions><Button onClick={onRetry}>{t(m['saving.retryNow'])}</Button></MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
