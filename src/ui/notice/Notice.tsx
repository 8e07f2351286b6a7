import { Suspense, lazy } from 'react';
import type { ReactNode } from 'react';
import { firstScreen as css } from '../firstScreenStyles';

export interface NoticeProps {
  intent: 'error' | 'success' | 'info' | 'warning';
  /** Long content (e.g. a list of problems) wraps instead of sitting beside the icon. */
  multiline?: boolean;
  children: ReactNode;
}

const NoticeBar = lazy(() => import(/* webpackChunkName: "notice" */ './NoticeBar'));


/**
 * A Fluent MessageBar that is not part of the first download: the first screens show one only when something
 * went wrong (or an import succeeded). Until its code arrives, the same text shows in a plain box, so the
 * message itself never waits.
 */
export function Notice(props: NoticeProps) {
  // Roughly the message bar's box, so the text does not jump when the bar replaces it.
  return (
    <Suspense fallback={<div style={css.plainNotice}>{props.children}</div>}>
      <NoticeBar {...props} />
    </Suspense>
  );
}
