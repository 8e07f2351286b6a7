import { useId, useState } from 'react';
import {
  Badge, Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Subtitle1, Subtitle2, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import {
  LIVE_DATE_FIELDS, LIVE_FIELDS, PERSPECTIVES, fitLiveText, isIsoDate, liveViewAgreementPeople, liveViewPeople, mayDo, meetingView, sectionById, sectionOfField,
} from '../../domain';
import type { AgreementSafety, AnalysisKind, LiveFieldKey, LivePlanView, Perspective, Proposal, ProposalKind } from '../../domain';
import { PeoplePicker, personName } from '../editor/PeoplePicker';
import type { LiveRefusal, LiveSession, LiveSnapshot } from '../../app/live/ports';
import { liveMessages as m } from '../../i18n/areas/live';
import { useLocale } from '../services';
import { useT } from '../useT';
import { LiveEntryBoundary } from './LiveEntryBoundary';
import {
  ANALYSIS_PROPOSALS, AgreementList, AnalysisSideBySide, CircumstanceList, ConditionsAndBottomLines, DecidedField, InformingList, MonitoringList,
  PerspectiveBadge, proposalLine, useNames,
} from './LiveAgenda';

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
  if (LIVE_DATE_FIELDS.has(field)) {
    // A real date: the browser's date input gives yyyy-mm-dd, or empty while no whole date is entered.
    const invalid = value !== '' && !isIsoDate(value);
    return (
      <Field label={label} validationState={invalid ? 'error' : 'none'} validationMessage={invalid ? t(m['live.evaluationDate.invalid']) : undefined}
        hint={marker ? <span className={styles.marker} data-testid={`typing-${field}`}>{marker}</span> : undefined}>
        <Input type="date" value={invalid ? '' : value} data-field={field}
          onFocus={() => session.typing(field)} onBlur={() => session.typing(null)}
          onChange={(_, data) => void session.setField(field, fitLiveText(field, data.value))} />
      </Field>
    );
  }
  return (
    <Field label={label} hint={marker ? <span className={styles.marker} data-testid={`typing-${field}`}>{marker}</span> : undefined}>
      <Textarea value={value} resize="vertical" data-field={field}
        onFocus={() => session.typing(field)} onBlur={() => session.typing(null)}
        onChange={(_, data) => void session.setField(field, fitLiveText(field, data.value))} />
    </Field>
  );
}

/** The forms of the agenda: which kinds of proposal each adds. */
type FormKind = 'analysis' | 'agreement' | 'circumstance' | 'monitor' | 'inform';

const FORM_HEADING = {
  analysis: 'live.proposal.analysis', agreement: 'live.proposal.agreement', circumstance: 'live.proposal.circumstance',
  monitor: 'live.proposal.monitor', inform: 'live.proposal.inform',
} as const;

const TEXT_LABEL = {
  concern: 'live.proposal.text.concern', danger: 'live.proposal.text.danger', strength: 'live.proposal.text.strength',
  exception: 'live.proposal.text.exception', agreement: 'live.proposal.text.agreement', circumstance: 'live.proposal.text.circumstance',
  monitor: 'live.proposal.text.monitor', inform: 'live.proposal.text.inform',
} as const;

function ProposalForm({ form, session, view }: { form: FormKind; session: LiveSession; view: LivePlanView }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const id = useId();
  const [analysisKind, setAnalysisKind] = useState<AnalysisKind>('strength');
  const [text, setText] = useState('');
  const [detail, setDetail] = useState('');
  const [when, setWhen] = useState('');
  const [who, setWho] = useState<string[]>([]);
  const [goalId, setGoalId] = useState('');
  const [perspective, setPerspective] = useState<Perspective | ''>('');
  const [safety, setSafety] = useState<AgreementSafety | ''>('');
  const [personId, setPersonId] = useState('');
  const [note, setNote] = useState<LiveRefusal | 'waits' | null>(null);
  const kind: Exclude<ProposalKind, 'decision'> = form === 'analysis' ? analysisKind : form;
  const submit = async () => {
    const refusal = await session.propose({
      kind, text, when, who, goalId: goalId === '' ? null : goalId, perspective: perspective === '' ? null : perspective, safety: safety === '' ? null : safety,
      detail, personId: personId === '' ? null : personId,
    });
    setNote(refusal ?? (mayDo(session.role, 'acceptProposal') ? null : 'waits'));
    if (!refusal) {
      setText('');
      setDetail('');
      setWhen('');
      setWho([]);
    }
  };
  const people = liveViewPeople(view);
  return (
    <form className={styles.form} aria-labelledby={`${id}-h`} onSubmit={(e) => { e.preventDefault(); void submit(); }} data-form={form}>
      <Subtitle2 as="h3" id={`${id}-h`}>{t(m[FORM_HEADING[form]])}</Subtitle2>
      {form === 'analysis' ? (
        <Field label={t(m['live.proposal.analysisKind'])}>
          <Select value={analysisKind} onChange={(_, d) => setAnalysisKind(d.value as AnalysisKind)}>
            {ANALYSIS_PROPOSALS.map((k) => <option key={k} value={k}>{t(m[`live.proposal.kind.${k}`])}</option>)}
          </Select>
        </Field>
      ) : null}
      {form === 'inform' ? (
        <Field label={t(m['live.proposal.informed'])}>
          <Select value={personId} onChange={(_, d) => setPersonId(d.value)}>
            <option value="">{t(m['live.proposal.informed.none'])}</option>
            {/* Section 7 is about the directly involved: the children first, then the others of the family. */}
            {[...view.people.direct].sort((a, b) => Number(view.children.includes(b.id)) - Number(view.children.includes(a.id)))
              .map((p) => <option key={p.id} value={p.id}>{personName({ ...p, group: 'direct' }, locale)}</option>)}
          </Select>
        </Field>
      ) : null}
      {form === 'monitor' || form === 'inform' ? (
        <PeoplePicker id={`${id}-who`} label={t(m[form === 'monitor' ? 'live.proposal.who.monitor' : 'live.proposal.who.inform'])} hint={t(m['live.proposal.who.hint'])}
          people={form === 'monitor' ? liveViewAgreementPeople(view, who) : people} selected={who} onChange={setWho} />
      ) : null}
      <Field label={t(m[TEXT_LABEL[kind]])}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      {form === 'analysis' && kind !== 'exception' ? (
        <Field label={t(m['live.proposal.perspective'])}>
          <Select value={perspective} onChange={(_, d) => setPerspective(d.value as Perspective | '')}>
            <option value="">{t(m['live.perspective.none'])}</option>
            {PERSPECTIVES.map((p) => <option key={p} value={p}>{t(m[`live.perspective.${p}`])}</option>)}
          </Select>
        </Field>
      ) : null}
      {form === 'circumstance' ? (
        <Field label={t(m['live.proposal.detail.circumstance'])}><Textarea value={detail} onChange={(_, d) => setDetail(d.value)} /></Field>
      ) : null}
      {form === 'agreement' ? (
        <>
          <Field label={t(m['live.proposal.goal'])}>
            <Select value={goalId} onChange={(_, d) => setGoalId(d.value)}>
              <option value="">{t(m['live.proposal.noGoal'])}</option>
              {view.goals.filter((g) => g.text.trim() !== '').map((g) => <option key={g.id} value={g.id}>{g.text.slice(0, 80)}</option>)}
            </Select>
          </Field>
          <Field label={t(m['live.proposal.safety'])}>
            <Select value={safety} onChange={(_, d) => setSafety(d.value as AgreementSafety | '')}>
              <option value="">{t(m['live.proposal.safety.none'])}</option>
              <option value="acute">{t(m['live.safety.acute'])}</option>
              <option value="stable">{t(m['live.safety.stable'])}</option>
            </Select>
          </Field>
          <PeoplePicker id={`${id}-who`} label={t(m['live.proposal.who'])} hint={t(m['live.proposal.who.hint'])}
            people={liveViewAgreementPeople(view, who)} selected={who} onChange={setWho} />
        </>
      ) : null}
      {form === 'agreement' || form === 'inform' ? (
        <Field label={t(m['live.proposal.when'])}><Input value={when} onChange={(_, d) => setWhen(d.value)} /></Field>
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
  const locale = useLocale();
  const styles = useStyles();
  const names = useNames(view);
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
              <span>{proposalLine(p, t, locale, names)}</span>
              {p.kind === 'concern' || p.kind === 'danger' || p.kind === 'strength' ? <PerspectiveBadge perspective={p.perspective ?? null} /> : null}
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

/** Which proposals each section shows and takes, and which decided field it holds. */
const SECTION_AGENDA: Readonly<Record<string, { kinds: ReadonlyArray<ProposalKind>; form: FormKind | null; decided: 'informAuthorityWhen' | 'safetyDecision' | null }>> = {
  analysis: { kinds: [...ANALYSIS_PROPOSALS, 'decision'], form: 'analysis', decided: 'safetyDecision' },
  agreements: { kinds: ['agreement'], form: 'agreement', decided: null },
  circumstances: { kinds: ['circumstance'], form: 'circumstance', decided: null },
  monitoring: { kinds: ['monitor', 'decision'], form: 'monitor', decided: 'informAuthorityWhen' },
  informing: { kinds: ['inform'], form: 'inform', decided: null },
};

export function LiveSection({ sectionId, session, snapshot, view }: {
  sectionId: string; session: LiveSession; snapshot: LiveSnapshot; view: LivePlanView;
}) {
  const locale = useLocale();
  const styles = useStyles();
  const section = sectionById(sectionId);
  const agenda = SECTION_AGENDA[sectionId];
  // What the meeting made so far: the shared view with the accepted proposals and decisions in it.
  const made = meetingView(view, snapshot.proposals);
  const proposals = agenda ? snapshot.proposals.filter((p) => agenda.kinds.includes(p.kind) && (p.kind !== 'decision' || p.field === agenda.decided)) : [];
  return (
    <section className={styles.section} aria-labelledby="live-section" data-section={sectionId}>
      <Subtitle1 as="h2" id="live-section">{section?.heading[locale] ?? sectionId}</Subtitle1>
      {sectionId === 'analysis' ? <AnalysisSideBySide view={made} /> : null}
      {sectionId === 'goals' ? <ConditionsAndBottomLines view={made} /> : null}
      {sectionId === 'agreements' ? <AgreementList view={made} /> : null}
      {sectionId === 'circumstances' ? <CircumstanceList view={made} /> : null}
      {sectionId === 'monitoring' ? <MonitoringList view={made} /> : null}
      {sectionId === 'informing' ? <InformingList view={made} /> : null}
      {liveFieldsOf(sectionId).map((field) => (
        <LiveEntryBoundary key={field} resetKey={snapshot.fields[field]}>
          <LiveField field={field} session={session} snapshot={snapshot} view={view} />
        </LiveEntryBoundary>
      ))}
      {/* Keyed by the section: a form's typed text and its note belong to the step they were made in. */}
      {agenda?.decided ? <DecidedField key={`${sectionId}-decided`} field={agenda.decided} session={session} view={made} /> : null}
      {agenda ? <ProposalList proposals={proposals} session={session} view={view} /> : null}
      {agenda?.form ? <ProposalForm key={`${sectionId}-form`} form={agenda.form} session={session} view={view} /> : null}
    </section>
  );
}
