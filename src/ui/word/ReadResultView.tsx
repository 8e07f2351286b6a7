import { Badge, Button, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DocumentProblem } from '../../app/ports';
import { wordPaneMessages as m } from '../../i18n/areas/word';
import { lifecycleMessages as lm } from '../../i18n/areas/lifecycle';
import type { Plan } from '../../domain';
import { useLocale } from '../services';
import { useT } from '../useT';
import type { ReadState } from './useTaskPane';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  where: { fontWeight: tokens.fontWeightSemibold },
  finding: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
});

/** What could not be read, per section and field. */
function ProblemList({ problems }: { problems: DocumentProblem[] }) {
  const t = useT();
  const styles = useStyles();
  return (
    <>
      <Subtitle2 as="h3">{t(m['pane.problems.heading'], { n: problems.length })}</Subtitle2>
      {problems.length === 0 ? <Text>{t(m['pane.problems.none'])}</Text> : (
        <ul className={styles.list} aria-label={t(m['pane.problems.heading'], { n: problems.length })}>
          {problems.map((p, i) => (
            <li key={`${p.path}-${i}`}>
              <span className={styles.where}>{p.sectionHeading}, {p.fieldLabel}:</span> {p.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * A document that could not be read well enough: the problems, and "Toepassen op plan" disabled (still focusable,
 * so a screen reader reaches it together with the reason).
 */
function UnusableView({ read }: { read: Extract<ReadState, { kind: 'unusable' }> }) {
  const t = useT();
  const styles = useStyles();
  return (
    <section className={styles.block} aria-labelledby="word-read-result">
      <Subtitle2 as="h2" id="word-read-result">{t(m['pane.unusable.heading'])}</Subtitle2>
      <MessageBar intent="warning">
        <MessageBarBody id="word-unusable-reason">{t(m['pane.unusable.body'], { limit: read.limit })}</MessageBarBody>
      </MessageBar>
      <ProblemList problems={read.problems} />
      <Button appearance="primary" disabledFocusable aria-describedby="word-unusable-reason">{t(m['pane.apply'])}</Button>
    </section>
  );
}

/** What a read found: problems per section and field, the plan check, and the difference with the stored plan. */
export function ReadResultView({ read, busy, onApply }: { read: ReadState; busy: boolean; onApply: () => void }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  if (read.kind === 'unusable') return <UnusableView read={read} />;
  const { problems, comparison, plan } = read;
  return (
    <section className={styles.block} aria-labelledby="word-read-result">
      <Subtitle2 as="h2" id="word-read-result">{t(m['pane.read.summary'], { family: plan.familyName || t(m['pane.plan.unnamed']) })}</Subtitle2>

      <ProblemList problems={problems} />

      <Subtitle2 as="h3">{t(m['pane.findings.heading'], { n: comparison.findings.length })}</Subtitle2>
      {comparison.findings.length === 0 ? <Text>{t(m['pane.findings.none'])}</Text> : (
        <ul className={styles.list} aria-label={t(m['pane.findings.heading'], { n: comparison.findings.length })}>
          {comparison.findings.map((f, i) => (
            <li key={`${f.ruleId}-${f.path}-${i}`} className={styles.finding}>
              <Badge appearance="tint" color={f.severity === 'error' ? 'danger' : 'warning'}>
                {t(f.severity === 'error' ? m['pane.finding.error'] : m['pane.finding.warning'])}
              </Badge>
              <span>{f.message}</span>
            </li>
          ))}
        </ul>
      )}

      <Subtitle2 as="h3">{t(m['pane.diff.heading'])}</Subtitle2>
      {!comparison.stored && <Text>{t(m['pane.diff.new'])}</Text>}
      {comparison.stored && comparison.differing.length === 0 && <Text>{t(m['pane.diff.none'])}</Text>}
      {comparison.stored && comparison.differing.length > 0 && (
        <>
          <Text>{t(m['pane.diff.sections'])}</Text>
          <ul className={styles.list} aria-label={t(m['pane.diff.heading'])}>
            {comparison.differing.map((s) => <li key={s.id}>{s.heading[locale]}</li>)}
          </ul>
        </>
      )}
      <UnrecordedConditions plan={comparison.stored?.plan ?? null} ids={comparison.unrecordedConditions} />
      <Button appearance="primary" aria-describedby={comparison.unrecordedConditions.length > 0 ? 'word-unrecorded-conditions' : undefined}
        disabled={busy || comparison.unrecordedConditions.length > 0 || (comparison.stored !== null && comparison.differing.length === 0)} onClick={onApply}>
        {t(m['pane.apply'])}
      </Button>
    </section>
  );
}

/** A document that changed or removed a recorded safety condition without a reason is not applied (conditions.ts). */
function UnrecordedConditions({ plan, ids }: { plan: Plan | null; ids: ReadonlyArray<string> }) {
  const t = useT();
  if (ids.length === 0 || plan === null) return null;
  // The ids name goals (conditions) or bottom lines (history.ts): both are shown by their text.
  const texts = [...plan.goals.filter((g) => ids.includes(g.id)).map((g) => g.text), ...plan.bottomLines.filter((b) => ids.includes(b.id)).map((b) => b.requirement)].map((x) => x.trim());
  return (
    <MessageBar intent="error" id="word-unrecorded-conditions">
      <MessageBarBody>{t(lm['conditions.unrecorded'], { conditions: texts.map((x) => `"${x}"`).join(', ') })}</MessageBarBody>
    </MessageBar>
  );
}
