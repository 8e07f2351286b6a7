import { Suspense, lazy } from 'react';
import { firstScreen as css } from '../firstScreenStyles';
import type { NoticeProps } from './noticeProps';

export type { NoticeProps } from './noticeProps';

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
