import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import {
  Badge, Button, Caption1, Field, MessageBar, MessageBarBody, Select, Subtitle2, Text, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import { PERSPECTIVES, liveViewPeople, mayDo, sectionById } from '../../domain';
import type { AnalysisKind, DecidedField, LiveAnalysisItem, LivePlanView, Perspective, Proposal, SafetyDecision } from '../../domain';
import type { LiveRefusal, LiveSession } from '../../app/live/ports';
import { liveMessages as m } from '../../i18n/areas/live';
import { personName } from '../editor/PeoplePicker';
import { useLocale } from '../services';
import { useT } from '../useT';

/**
 * The netwerkberaad's agenda steps as the stage and the side panel show them (seeds 000, 002): the joint analysis side by
 * side with whose view each item is, the conditions and bottom lines (shown, never edited here), the agreements with
 * acute or stable safety, section 5's circumstances, who watches what, who tells whom, and what only a professional
 * decides. Everything shown comes from the plan's live view as the meeting made it so far (domain `meetingView`).
 */

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // Four columns on the stage, one under the other in the 320 px side panel.
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: tokens.spacingHorizontalL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  readOnly: { padding: tokens.spacingHorizontalM, borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  decided: { padding: tokens.spacingHorizontalM, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  value: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

type Locale = 'nl' | 'en';

/** A label the plan's form (the template) gives a field of a section, or of a field of one of its groups. */
export function templateLabel(sectionId: string, fieldId: string, locale: Locale, subId?: string): string {
  const field = sectionById(sectionId)?.fields.find((f) => f.id === fieldId);
  if (!field) return subId ?? fieldId;
  if (subId === undefined) return field.label[locale];
  const sub = field.kind === 'group' ? field.fields.find((f) => f.id === subId) : undefined;
  return sub?.label[locale] ?? subId;
}

function useNames(view: LivePlanView) {
  const locale = useLocale();
  const people = new Map(liveViewPeople(view).map((p) => [p.id, p]));
  return (ids: ReadonlyArray<string>) => ids.map((id) => people.get(id)).filter((p) => p !== undefined).map((p) => personName(p, locale)).join(', ');
}

const perspectiveMessage = (p: Perspective | null) => m[p === null ? 'live.perspective.none' : (`live.perspective.${p}` as const)];

/** Whose view an item is, as a badge everyone can read (not by colour alone: the word is on it). */
export function PerspectiveBadge({ perspective }: { perspective: Perspective | null }) {
  const t = useT();
  return (
    <Badge appearance="tint" color={perspective === null ? 'subtle' : perspective === 'professional' ? 'brand' : 'informative'} data-perspective={perspective ?? 'none'}>
      {t(m['live.perspective.label'], { who: t(perspectiveMessage(perspective)) })}
    </Badge>
  );
}

/** The order within a column: the family's view first, then the child's, the network's, the professionals', then unsaid. */
function byPerspective(items: ReadonlyArray<LiveAnalysisItem>): LiveAnalysisItem[] {
  const rank = (p: Perspective | null) => (p === null ? PERSPECTIVES.length : PERSPECTIVES.indexOf(p));
  return [...items].sort((a, b) => rank(a.perspective) - rank(b.perspective));
}

/** Concerns, danger statements, strengths and exceptions side by side, each item with whose view it is. */
export function AnalysisSideBySide({ view }: { view: LivePlanView }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const columns: Array<{ id: string; items: LiveAnalysisItem[] }> = [
    { id: 'concernFacts', items: byPerspective(view.concernFacts) },
    { id: 'dangerStatements', items: byPerspective(view.dangerStatements) },
    { id: 'strengths', items: byPerspective(view.strengths) },
    // The plan records no view for an exception: it is shown without one.
    { id: 'exceptions', items: view.exceptions.map((e) => ({ ...e, perspective: null })) },
  ];
  return (
    <section className={styles.block} aria-labelledby="live-analysis">
      <Subtitle2 as="h3" id="live-analysis">{t(m['live.analysis.heading'])}</Subtitle2>
      <div className={styles.grid} data-testid="live-analysis">
        {columns.map((column) => {
          const shown = column.items.filter((i) => i.text.trim() !== '');
          return (
            <section key={column.id} className={styles.block} aria-labelledby={`live-analysis-${column.id}`} data-list={column.id}>
              <Text weight="semibold" id={`live-analysis-${column.id}`}>{templateLabel('analysis', column.id, locale)}</Text>
              {shown.length === 0 ? <Caption1>{t(m['live.analysis.none'])}</Caption1> : (
                <ul className={styles.list}>
                  {shown.map((item) => (
                    <li key={item.id} className={styles.item}>
                      <span>{item.text}</span>
                      {column.id === 'exceptions' ? null : <PerspectiveBadge perspective={item.perspective} />}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

const goalKindMessage = (kind: LivePlanView['goals'][number]['kind']) => m[kind === null ? 'live.goal.none' : (`live.goal.${kind}` as const)];

/** The goals with the conditions marked, and a crisis plan's bottom lines: shown, never edited in the meeting. */
export function ConditionsAndBottomLines({ view }: { view: LivePlanView }) {
  const t = useT();
  const styles = useStyles();
  const goals = view.goals.filter((g) => g.text.trim() !== '');
  const bottomLines = view.bottomLines.filter((b) => b.requirement.trim() !== '');
  return (
    <div className={styles.block}>
      <section className={styles.readOnly} aria-labelledby="live-conditions" data-testid="live-conditions">
        <Subtitle2 as="h3" id="live-conditions">{t(m['live.conditions.heading'])}</Subtitle2>
        {goals.length === 0 ? <Caption1>{t(m['live.goals.none'])}</Caption1> : (
          <ul className={styles.list}>
            {goals.map((g) => (
              <li key={g.id} className={styles.item} data-kind={g.kind ?? 'none'}>
                <span>{g.text}</span>
                <Badge appearance="tint" color={g.kind === 'family' ? 'informative' : 'important'}>{t(goalKindMessage(g.kind))}</Badge>
              </li>
            ))}
          </ul>
        )}
        <Caption1>{t(m['live.conditions.note'])}</Caption1>
      </section>
      {bottomLines.length > 0 ? (
        <section className={styles.readOnly} aria-labelledby="live-bottom-lines" data-testid="live-bottom-lines">
          <Subtitle2 as="h3" id="live-bottom-lines">{t(m['live.bottomLines.heading'])}</Subtitle2>
          <ul className={styles.list}>
            {bottomLines.map((b) => (
              <li key={b.id} className={styles.item}>
                <span>{b.requirement}</span>
                {b.actionWhen.trim() ? <Caption1>{t(m['live.bottomLines.actionWhen'], { text: b.actionWhen })}</Caption1> : null}
              </li>
            ))}
          </ul>
          <Caption1>{t(m['live.bottomLines.note'])}</Caption1>
        </section>
      ) : null}
    </div>
  );
}

/** The agreements, each with acute or stable safety and who does it. */
export function AgreementList({ view }: { view: LivePlanView }) {
  const t = useT();
  const styles = useStyles();
  const names = useNames(view);
  const shown = view.agreements.filter((a) => a.what.trim() !== '');
  if (shown.length === 0) return <Caption1>{t(m['live.list.none'])}</Caption1>;
  return (
    <ul className={styles.list} data-testid="live-agreements">
      {shown.map((a) => (
        <li key={a.id} className={styles.item} data-safety={a.safety ?? 'none'}>
          <span>{[a.what, a.when].filter(Boolean).join(' · ')}</span>
          <Badge appearance="tint" color={a.safety === 'acute' ? 'danger' : a.safety === 'stable' ? 'success' : 'subtle'}>
            {t(m[a.safety === null ? 'live.safety.none' : (`live.safety.${a.safety}` as const)])}
          </Badge>
          {a.who.length > 0 ? <Caption1>{t(m['live.proposal.who.names'], { names: names(a.who) })}</Caption1> : null}
        </li>
      ))}
    </ul>
  );
}

/** Section 5: the foreseen circumstances and what is agreed for each. */
export function CircumstanceList({ view }: { view: LivePlanView }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const shown = view.circumstances.filter((c) => c.description.trim() !== '' || c.agreement.trim() !== '');
  if (shown.length === 0) return <Caption1>{t(m['live.list.none'])}</Caption1>;
  return (
    <ul className={styles.list} data-testid="live-circumstances">
      {shown.map((c) => (
        <li key={c.id} className={styles.item}>
          <span>{c.description}</span>
          {c.agreement.trim() ? <Caption1>{`${templateLabel('circumstances', 'circumstances', locale, 'agreement')}: ${c.agreement}`}</Caption1> : null}
        </li>
      ))}
    </ul>
  );
}

/** Section 6: who watches what. */
export function MonitoringList({ view }: { view: LivePlanView }) {
  const t = useT();
  const styles = useStyles();
  const names = useNames(view);
  const shown = view.monitoring.filter((i) => i.watches.trim() !== '');
  if (shown.length === 0) return <Caption1>{t(m['live.list.none'])}</Caption1>;
  return (
    <ul className={styles.list} data-testid="live-monitoring">
      {shown.map((i) => (
        <li key={i.id} className={styles.item}>{t(m['live.monitor.who'], { names: names(i.who) || t(m['live.inform.nobody']), text: i.watches })}</li>
      ))}
    </ul>
  );
}

/** Section 7: who tells whom (the children first of all), when and how. */
export function InformingList({ view }: { view: LivePlanView }) {
  const t = useT();
  const styles = useStyles();
  const names = useNames(view);
  const shown = view.informing.filter((i) => i.personId !== null || i.how.trim() !== '');
  if (shown.length === 0) return <Caption1>{t(m['live.list.none'])}</Caption1>;
  return (
    <ul className={styles.list} data-testid="live-informing">
      {shown.map((i) => (
        <li key={i.id} className={styles.item}>
          <span>{t(m['live.inform.line'], { person: (i.personId ? names([i.personId]) : '') || t(m['live.inform.someone']), names: names(i.byWhom) || t(m['live.inform.nobody']) })}</span>
          {[i.when, i.how].some((s) => s.trim()) ? <Caption1>{[i.when, i.how].filter((s) => s.trim()).join(' · ')}</Caption1> : null}
        </li>
      ))}
    </ul>
  );
}

const DECISIONS: ReadonlyArray<SafetyDecision> = ['acute', 'structural', 'futureRisk'];

/** The label the plan's form gives a decided field. */
export function decidedLabel(field: DecidedField, locale: Locale): string {
  // The form calls the safety decision just "Beslissing" under its own heading; on its own in the meeting it says what about.
  return field === 'safetyDecision' ? m['live.decided.safetyDecision'][locale] : templateLabel('monitoring', 'informAuthorityWhen', locale);
}

/** A decided field's value in words (a safety decision by its name). */
export function decidedText(field: DecidedField, value: string, t: ReturnType<typeof useT>): string {
  if (field !== 'safetyDecision') return value;
  return (DECISIONS as ReadonlyArray<string>).includes(value) ? t(m[`live.decision.${value as SafetyDecision}`]) : value;
}

/**
 * What only a professional decides: shown to everyone, and changed only by a proposal. A participant's proposal waits for a
 * professional; a professional's own counts at once (domain `makeProposal`), sent role-checked either way.
 */
export function DecidedField({ field, session, view }: { field: DecidedField; session: LiveSession; view: LivePlanView }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const id = useId();
  const [text, setText] = useState('');
  const [note, setNote] = useState<LiveRefusal | 'waits' | null>(null);
  const label = decidedLabel(field, locale);
  const current = field === 'safetyDecision' ? view.decided.safetyDecision ?? '' : view.decided.informAuthorityWhen;
  const professional = mayDo(session.role, 'acceptProposal');
  const submit = async () => {
    const refusal = await session.propose({ kind: 'decision', field, text, goalId: null, when: '', who: [] });
    setNote(refusal ?? (professional ? null : 'waits'));
    if (!refusal) setText('');
  };
  return (
    <section className={styles.decided} aria-labelledby={`${id}-h`} data-decided={field}>
      <Subtitle2 as="h3" id={`${id}-h`}>{label}</Subtitle2>
      <Caption1 id={`${id}-note`}>{t(m['live.decided.note'])}</Caption1>
      <Text className={styles.value} data-testid={`decided-${field}`}>{current.trim() ? decidedText(field, current, t) : t(m['live.decided.empty'])}</Text>
      <form className={styles.block} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        {field === 'safetyDecision' ? (
          <Field label={t(m['live.decided.proposal'], { label })}>
            <Select value={text} onChange={(_, d) => setText(d.value)} aria-describedby={`${id}-note`}>
              <option value="">{t(m['live.decision.choose'])}</option>
              {DECISIONS.map((d) => <option key={d} value={d}>{t(m[`live.decision.${d}`])}</option>)}
            </Select>
          </Field>
        ) : (
          <Field label={t(m['live.decided.proposal'], { label })}>
            <Textarea value={text} onChange={(_, d) => setText(d.value)} aria-describedby={`${id}-note`} />
          </Field>
        )}
        <div><Button type="submit">{t(m[professional ? 'live.decided.record' : 'live.decided.propose'])}</Button></div>
        {note ? (
          <MessageBar intent={note === 'waits' ? 'info' : 'warning'}>
            <MessageBarBody>{t(m[note === 'waits' ? 'live.proposal.waits' : note === 'empty' ? 'live.proposal.empty' : 'live.refused'])}</MessageBarBody>
          </MessageBar>
        ) : null}
      </form>
    </section>
  );
}

export const ANALYSIS_PROPOSALS: ReadonlyArray<AnalysisKind> = ['concern', 'danger', 'strength', 'exception'];

/**
 * A proposal's line in the list of contributions: what it adds, in words. Its texts go in as React children, never through
 * a template string, so a value that is no text (a tampered client's) fails loudly and the entry's boundary shows it as
 * unreadable instead of "[object Object]".
 */
export function proposalLine(p: Proposal, t: ReturnType<typeof useT>, locale: Locale, names: (ids: ReadonlyArray<string>) => string): ReactNode {
  if (p.kind === 'decision' && p.field) return <>{t(m['live.decided.proposalLine'], { label: decidedLabel(p.field, locale), text: '' })}{decidedText(p.field, p.text, t)}</>;
  if (p.kind === 'circumstance') return <>{p.text}{p.detail ? <>{' → '}{p.detail}</> : null}</>;
  if (p.kind === 'monitor') return <>{t(m['live.monitor.who'], { names: names(p.who) || t(m['live.inform.nobody']), text: '' })}{p.text}</>;
  if (p.kind === 'inform') {
    const person = (p.personId ? names([p.personId]) : '') || t(m['live.inform.someone']);
    return <>{t(m['live.inform.line'], { person, names: names(p.who) || t(m['live.inform.nobody']) })}{': '}{p.text}</>;
  }
  return <>{p.text}{p.when ? <>{' ('}{p.when}{')'}</> : null}</>;
}

export { useNames };
