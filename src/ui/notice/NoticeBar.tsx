import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { NoticeProps } from './noticeProps';

/** The Fluent message bar behind <Notice>: its own chunk, fetched the first time a notice shows. */
export default function NoticeBar({ intent, multiline = false, children }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout={multiline ? 'multiline' : 'auto'}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
