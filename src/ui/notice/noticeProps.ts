import type { ReactNode } from 'react';

/** What a notice shows; shared by <Notice> and the lazily loaded <NoticeBar> behind it. */
export interface NoticeProps {
  intent: 'error' | 'success' | 'info' | 'warning';
  /** Long content (e.g. a list of problems) wraps instead of sitting beside the icon. */
  multiline?: boolean;
  children: ReactNode;
}
