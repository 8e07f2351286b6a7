import { useState } from 'react';
import {
  Button, Caption1, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Subtitle2, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import { liveViewPeople } from '../../domain';
import type { FamilyStance, LivePlanView } from '../../domain';
import type { LiveRefusal, LiveSession, LiveSnapshot } from '../../app/live/ports';
import { liveMessages as m } from '../../i18n/areas/live';
import { personName } from '../editor/PeoplePicker';
import { useLocale } from '../services';
import { useT } from '../useT';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
});

const REFUSAL_TEXT: Record<LiveRefusal, keyof typeof m> = {
  empty: 'live.say.empty', notFamily: 'live.say.notFamily', notAllowed: 'live.say.failed', notOpen: 'live.say.failed', noPlan: 'live.say.failed',
};

/**
 * The family's say in the meeting (seeds 002, 003): a family member's own window says who they are and passes on their
 * agreement, or their disagreement in their own words; everyone sees what was passed on. The facilitator's save records
 * it in the plan's family agreement (app/live/liveSave); which say counts is the domain's rule (`countedSays`).
 */
export function LiveFamilySay({ session, snapshot, view }: { session: LiveSession; snapshot: LiveSnapshot; view: LivePlanView }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const family = liveViewPeople(view).filter((p) => view.family.includes(p.id));
  if (family.length === 0) return null;
  const nameOf = (id: string) => {
    const person = family.find((p) => p.id === id);
    return person ? personName(person, locale) : id;
  };
  const self = snapshot.participants.find((p) => p.isSelf);
  return (
    <section className={styles.group} aria-label={t(m['live.say.heading'])} data-testid="live-family-say">
      <Subtitle2 as="h2">{t(m['live.say.heading'])}</Subtitle2>
      <Caption1>{t(m['live.say.hint'])}</Caption1>
      {session.role === 'participant' ? (
        <SayForm session={session} family={family.map((p) => ({ id: p.id, name: personName(p, locale) }))} personId={self?.personId ?? null} />
      ) : null}
      {snapshot.says.length === 0 ? <Caption1>{t(m['live.say.none'])}</Caption1> : (
        <ul className={styles.list} data-testid="live-says">
          {snapshot.says.map((say) => (
            <li key={say.by}>
              <Caption1>
                {t(m['live.say.givenBy'], { name: nameOf(say.personId), stance: t(m[say.stance === 'agrees' ? 'live.say.agreed' : 'live.say.disagreed']) })}
                {say.words !== '' ? ` — "${say.words}"` : ''}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SayForm({ session, family, personId }: { session: LiveSession; family: Array<{ id: string; name: string }>; personId: string | null }) {
  const t = useT();
  const [stance, setStance] = useState<FamilyStance>('agrees');
  const [words, setWords] = useState('');
  const [outcome, setOutcome] = useState<LiveRefusal | 'given' | null>(null);
  const choose = async (id: string) => {
    setOutcome(null);
    const refused = await session.choosePerson(id === '' ? null : id).catch((): LiveRefusal => 'notAllowed');
    if (refused) setOutcome(refused);
  };
  const give = async () => {
    const refused = await session.giveSay(stance, words).catch((): LiveRefusal => 'notAllowed');
    setOutcome(refused ?? 'given');
  };
  return (
    <>
      <Field label={t(m['live.say.who'])}>
        <Select value={personId ?? ''} onChange={(_, d) => void choose(d.value)}>
          <option value="">{t(m['live.say.whoNone'])}</option>
          {family.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </Select>
      </Field>
      {personId !== null ? (
        <>
          <Field label={t(m['live.say.stance'])}>
            <RadioGroup value={stance} onChange={(_, d) => { setStance(d.value === 'disagrees' ? 'disagrees' : 'agrees'); setOutcome(null); }}>
              <Radio value="agrees" label={t(m['live.say.agrees'])} />
              <Radio value="disagrees" label={t(m['live.say.disagrees'])} />
            </RadioGroup>
          </Field>
          <Field label={t(m['live.say.words'])} hint={t(m['live.say.wordsHint'])}
            validationMessage={outcome === 'empty' ? t(m['live.say.empty']) : undefined}>
            <Textarea value={words} resize="vertical" onChange={(_, d) => { setWords(d.value); setOutcome(null); }} />
          </Field>
          <Button appearance="primary" onClick={() => void give()}>{t(m['live.say.give'])}</Button>
        </>
      ) : null}
      {outcome === 'given' ? <MessageBar intent="success"><MessageBarBody>{t(m['live.say.given'])}</MessageBarBody></MessageBar> : null}
      {outcome !== null && outcome !== 'given' && outcome !== 'empty'
        ? <MessageBar intent="warning"><MessageBarBody>{t(m[REFUSAL_TEXT[outcome]])}</MessageBarBody></MessageBar> : null}
    </>
  );
}
