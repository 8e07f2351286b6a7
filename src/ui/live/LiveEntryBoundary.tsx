import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { liveMessages as m } from '../../i18n/areas/live';
import { useT } from '../useT';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** What shows in place of an entry (or a part of the screen) that could not be rendered. */
function Unreadable({ part, onRemove }: { part: boolean; onRemove?: (() => void) | undefined }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.row} role="note" data-testid="live-unreadable">
      <Caption1>{t(m[part ? 'live.unreadable.part' : 'live.unreadable.entry'])}</Caption1>
      {onRemove ? <Button size="small" onClick={onRemove}>{t(m['live.unreadable.remove'])}</Button> : null}
    </div>
  );
}

interface Props {
  children: ReactNode;
  /** A whole part of the screen rather than one entry. */
  part?: boolean;
  /** Given to the facilitator: removes the entry from the meeting. */
  onRemove?: (() => void) | undefined;
  /** A new value of this resets the boundary (the entry changed, or was replaced). */
  resetKey?: unknown;
}

/**
 * Keeps one entry that cannot be shown (written by another version or a tampered client) from blanking the meeting for
 * everyone: it shows as unreadable, and the facilitator can remove it. Nothing of the entry is logged (it may hold
 * plan content).
 */
export class LiveEntryBoundary extends Component<Props, { failed: boolean; key: unknown }> {
  override state = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<{ failed: boolean }> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: { failed: boolean; key: unknown }) {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Deliberately silent: the error text could carry what the entry says.
  }

  override render(): ReactNode {
    if (this.state.failed) return <Unreadable part={this.props.part === true} onRemove={this.props.onRemove} />;
    return this.props.children;
  }
}
