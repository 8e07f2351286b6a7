import { memo } from 'react';
import { Button, Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import type { Finding } from '../../domain';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useT } from '../useT';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  list: { margin: 0, paddingInlineStart: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start' },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: '2px' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, marginTop: '2px' },
});

export interface ActivationMessage {
  intent: 'error' | 'success' | 'warning';
  text: string;
}

/** The live findings of checkPlan; each links to its field. Activation lives here because it depends on them. */
export const QualityPanel = memo(function QualityPanel({ findings, onSelect, onActivate, canActivate, message }: {
  findings: ReadonlyArray<Finding>;
  onSelect: (finding: Finding) => void;
  onActivate: () => void;
  canActivate: boolean;
  message: ActivationMessage | null;
}) {
  const t = useT();
  const styles = useStyles();
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <section className={styles.panel} aria-labelledby="quality-heading">
      <h2 id="quality-heading" className={styles.heading}>{t(m['quality.heading'])}</h2>
      <p role="status" aria-live="polite">
        {findings.length === 0 ? t(m['quality.none']) : t(m['quality.summary'], { errors, warnings: findings.length - errors })}
      </p>
      {canActivate && <div><Button appearance="primary" onClick={onActivate}>{t(m['quality.activate'])}</Button></div>}
      {message && <MessageBar intent={message.intent}><MessageBarBody>{message.text}</MessageBarBody></MessageBar>}
      <ul className={styles.list} aria-label={t(m['quality.heading'])}>
        {findings.map((f, i) => (
          <li key={`${f.ruleId}-${f.path}-${i}`} className={styles.item} data-rule={f.ruleId}>
            {f.severity === 'error'
              ? <ErrorCircleRegular className={styles.error} aria-label={t(m['quality.error'])} />
              : <WarningRegular className={styles.warning} aria-label={t(m['quality.warning'])} />}
            <Link as="button" onClick={() => onSelect(f)}>{f.message}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
});
