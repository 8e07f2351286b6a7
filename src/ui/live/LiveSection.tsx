import { useId, useState } from 'react';
import {
  Badge, Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Subtitle1, Subtitle2, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import { LIVE_FIELDS, fitLiveText, liveViewAgreementPeople, liveViewPeople, mayDo, sectionById, sectionOfField } from '../../domain';
import type { LiveFieldKey, LivePlanView, Proposal, ProposalKind } from '../../domain';
import { PeoplePicker, personName } from '../editor/PeoplePicker';
import type { LiveRefusal, LiveSession, LiveSnapshot } from '../../app/live/ports';
import { liveMessages as m } from '../../i18n/areas/live';
import { useLocale } from '../services';
import { useT } from '../useT';
import { LiveEntryBoundary } from './LiveEntryBoundary';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  marker: { color: tokens.colorBrandForeground1 },
  proposal: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  decision: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
});

/** The live fields shown in a section, in the template's order. */
export function liveFieldsOf(sectionId: string): LiveFieldKey[] {
  const section = sectionById(sectionId);
  if (!section) return [];
  const keys = new Set<string>(section.fields.map((f) => f.id));
  return LIVE_FIELDS.filter((key) => keys.has(key));
}

function LiveField({ field, session, snapshot, view }: { field: LiveFieldKey; session: LiveSession; snapshot: LiveSnapshot; view: LivePlanView }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const label = sectionOfField(field)?.fields.find((f) => f.id === field)?.label[locale] ?? field;
  const value = snapshot.fields[field]?.text ?? view.fields[field];
  const typists = snapshot.participants.filter((p) => !p.isSelf && p.typingIn === field);
  const marker = typists.length === 0 ? null
    : typists.map((p) => (p.name ? t(m['live.typing'], { name: p.name }) : t(m['live.typing.someone']))).join(' · ');
  return (
    <Field label={label} hint={marker ? <span className={styles.marker} data-testid={`typing-${field}`}>{marker}</span> : undefined}>
      <Textarea value={value} resize="vertical" data-field={field}
        onFocus={() => session.typing(field)} onBlur={() => session.typing(null)}
        onChange={(_, data) => void session.setField(field, fitLiveText(field, data.value))} />
    </Field>
  );
}

function ProposalForm({ kind, session, view }: { kind: ProposalKind; session: LiveSession; view: LivePlanView }) {
  const t = useT();
  const styles = useStyles();
  const id = useId();
  const [text, setText] = useState('');
  const [when, setWhen] = useState('');
  const [who, setWho] = useState<string[]>([]);
  const [goalId, setGoalId] = useState('');
  const [note, setNote] = useState<LiveRefusal | 'waits' | null>(null);
  const submit = async () => {
    const refusal = await session.propose({ kind, text, when, who, goalId: goalId === '' ? null : goalId });
    setNote(refusal ?? (mayDo(session.role, 'acceptProposal') ? null : 'waits'));
    if (!refusal) {
      setText('');
      setWhen('');
      setWho([]);
    }
  };
  return (
    <form className={styles.form} aria-labelledby={`${id}-h`} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <Subtitle2 as="h3" id={`${id}-h`}>{t(m[kind === 'strength' ? 'live.proposal.strength' : 'live.proposal.agreement'])}</Subtitle2>
      <Field label={t(m[kind === 'strength' ? 'live.proposal.text.strength' : 'live.proposal.text.agreement'])}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      {kind === 'agreement' ? (
        <>
          <Field label={t(m['live.proposal.goal'])}>
            <Select value={goalId} onChange={(_, d) => setGoalId(d.value)}>
              <option value="">{t(m['live.proposal.noGoal'])}</option>
              {view.goals.filter((g) => g.text.trim() !== '').map((g) => <option key={g.id} value={g.id}>{g.text.slice(0, 80)}</option>)}
            </Select>
          </Field>
          <PeoplePicker id={`${id}-who`} label={t(m['live.proposal.who'])} hint={t(m['live.proposal.who.hint'])}
            people={liveViewAgreementPeople(view, who)} selected={who} onChange={setWho} />
          <Field label={t(m['live.proposal.when'])}><Input value={when} onChange={(_, d) => setWhen(d.value)} /></Field>
        </>
      ) : null}
      <div><Button type="submit" appearance="primary">{t(m['live.proposal.add'])}</Button></div>
      {note ? (
        <MessageBar intent={note === 'waits' ? 'info' : 'warning'}>
          <MessageBarBody>{t(m[note === 'waits' ? 'live.proposal.waits' : note === 'empty' ? 'live.proposal.empty' : 'live.refused'])}</MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
}

/** Who does an agreement proposal, by the names the plan gives them. */
function WhoLine({ proposal, view }: { proposal: Proposal; view: LivePlanView }) {
  const t = useT();
  const locale = useLocale();
  const people = new Map(liveViewPeople(view).map((p) => [p.id, p]));
  const names = proposal.who.map((id) => people.get(id)).filter((p) => p !== undefined).map((p) => personName(p, locale));
  return <Caption1 data-testid="proposal-who">{names.length === 0 ? t(m['live.proposal.who.nobody']) : t(m['live.proposal.who.names'], { names: names.join(', ') })}</Caption1>;
}

/** An open proposal for a professional: for an agreement they may correct who does it before including it. */
function Decision({ proposal, session, view }: { proposal: Proposal; session: LiveSession; view: LivePlanView }) {
  const t = useT();
  const styles = useStyles();
  const id = useId();
  const [who, setWho] = useState<string[]>(proposal.who);
  const agreement = proposal.kind === 'agreement';
  return (
    <div className={styles.decision}>
      {agreement ? (
        <PeoplePicker id={`${id}-who`} label={t(m['live.proposal.who.correct'], { text: proposal.text.slice(0, 60) })} hint={t(m['live.proposal.who.correctHint'])}
          people={liveViewAgreementPeople(view, who)} selected={who} onChange={setWho} />
      ) : null}
      <div className={styles.row}>
        <Button size="small" onClick={() => void session.decide(proposal.id, true, agreement ? who : undefined)}>{t(m['live.proposal.accept'])}</Button>
        <Button size="small" appearance="subtle" onClick={() => void session.decide(proposal.id, false)}>{t(m['live.proposal.decline'])}</Button>
      </div>
    </div>
  );
}

function ProposalList({ proposals, session, view }: { proposals: Proposal[]; session: LiveSession; view: LivePlanView }) {
  const t = useT();
  const styles = useStyles();
  if (proposals.length === 0) return null;
  const decides = mayDo(session.role, 'acceptProposal');
  const removes = mayDo(session.role, 'lead');
  return (
    <section aria-labelledby="live-proposals">
      <Subtitle2 as="h3" id="live-proposals">{t(m['live.proposal.heading'])}</Subtitle2>
      <ul className={styles.list} data-testid="live-proposals">
        {proposals.map((p) => (
          <li key={p.id} className={styles.proposal} data-status={p.status}>
            <LiveEntryBoundary resetKey={p} onRemove={removes ? () => void session.removeProposal(p.id) : undefined}>
            <div className={styles.row}>
              <span>{p.text}{p.when ? ` (${p.when})` : ''}</span>
              <Badge appearance="tint" color={p.status === 'accepted' ? 'success' : p.status === 'declined' ? 'subtle' : 'warning'}>
                {t(m[`live.proposal.${p.status}`])}
              </Badge>
            </div>
            {p.kind === 'agreement' ? <WhoLine proposal={p} view={view} /> : null}
            {decides && p.status === 'open' ? <Decision proposal={p} session={session} view={view} /> : null}
            </LiveEntryBoundary>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function LiveSection({ sectionId, session, snapshot, view }: {
  sectionId: string; session: LiveSession; snapshot: LiveSnapshot; view: LivePlanView;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const section = sectionById(sectionId);
  const kind: ProposalKind | null = sectionId === 'analysis' ? 'strength' : sectionId === 'agreements' ? 'agreement' : null;
  const items = kind === 'strength' ? view.strengths.map((s) => ({ id: s.id, text: s.text }))
    : kind === 'agreement' ? view.agreements.map((a) => ({ id: a.id, text: [a.what, a.when].filter(Boolean).join(' · ') })) : [];
  return (
    <section className={styles.section} aria-labelledby="live-section" data-section={sectionId}>
      <Subtitle1 as="h2" id="live-section">{section?.heading[locale] ?? sectionId}</Subtitle1>
      {liveFieldsOf(sectionId).map((field) => (
        <LiveEntryBoundary key={field} resetKey={snapshot.fields[field]}>
          <LiveField field={field} session={session} snapshot={snapshot} view={view} />
        </LiveEntryBoundary>
      ))}
      {sectionId === 'goals' ? (
        <>
          {view.goals.length === 0 ? <Caption1>{t(m['live.goals.none'])}</Caption1> : (
            <ul className={styles.list}>{view.goals.map((g) => <li key={g.id}>{g.text}</li>)}</ul>
          )}
          <Caption1>{t(m['live.conditions.note'])}</Caption1>
        </>
      ) : null}
      {items.length > 0 ? <ul className={styles.list}>{items.map((i) => <li key={i.id}>{i.text}</li>)}</ul> : null}
      {kind ? <ProposalList proposals={snapshot.proposals.filter((p) => p.kind === kind)} session={session} view={view} /> : null}
      {kind ? <ProposalForm kind={kind} session={session} view={view} /> : null}
    </section>
  );
}
