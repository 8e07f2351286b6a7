import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarRegular } from '@fluentui/react-icons';
import { editableFreely } from '../../domain';
import type { Plan } from '../../domain';
import { evaluationFollowUp, networkMeetingPeople } from '../../app/scheduling';
import { tenantMessages as tm } from '../../i18n/areas/tenant';
import { downloadBlob, planFileName } from '../download';
import { useLocale, useServices } from '../services';
import { useT } from '../useT';
import { CaseAccessNotice } from './CaseAccessNotice';
import { ColleaguePicker } from './ColleaguePicker';
import { SchedulingPanel } from './SchedulingPanel';
import { LocalCopiesPanel } from './LocalCopiesPanel';
import { SharePanel } from './SharePanel';
import { CrisisExtras } from '../crisis/CrisisExtras';

export interface SectionExtrasProps {
  /** The template section shown in the editor (src/domain/template.ts ids). */
  sectionId: string;
  plan: Plan;
  onPlanChange: (plan: Plan) => void;
  /** Saves the plan now (the editor's settle): what a share made must not wait for the autosave. */
  onSaveNow?: () => Promise<unknown>;
}

const useStyles = makeStyles({
  box: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2,
  },
});

/**
 * What a section offers beyond its fields: sharing copies in section 8 ('home'), scheduling the evaluation in
 * section 9 ('evaluation') and network meetings ('meetings'). In tenant mode these talk to Microsoft 365; in local
 * mode (no calendar, no sharing) the user gets the file to hand over instead.
 *
 * Rendered at one place in the editor for every section, so React keeps this instance (and the date the
 * evaluation was booked on) while the user moves between sections. The crisis variant's and the joint analysis's
 * extras (src/ui/crisis) sit beside them.
 */
export function SectionExtras(props: SectionExtrasProps) {
  return (
    <>
      <ServiceExtras {...props} />
      <CrisisExtras {...props} />
    </>
  );
}

function ServiceExtras({ sectionId, plan, onPlanChange, onSaveNow }: SectionExtrasProps) {
  const styles = useStyles();
  const { calendar, sharing, people, caseAccess } = useServices();
  const booked = useBookedEvaluation(plan);
  const onScheduled = (next: Plan) => {
    booked.remember(next);
    onPlanChange(next);
  };

  // Adding a colleague changes section 1: a draft's business (a plan in force changes through Bijstellen).
  if (sectionId === 'people' && (people || caseAccess)) {
    const addsColleagues = people !== null && people !== undefined && editableFreely(plan);
    return (
      <div className={styles.box}>
        {caseAccess && <CaseAccessNotice plan={plan} caseAccess={caseAccess} />}
        {addsColleagues && <ColleaguePicker plan={plan} onPlanChange={onPlanChange} />}
      </div>
    );
  }
  if (sectionId === 'home') {
    return (
      <div className={styles.box}>
        {sharing ? <SharePanel plan={plan} onPlanChange={onPlanChange} onSaveNow={onSaveNow} /> : <LocalCopiesPanel plan={plan} onPlanChange={onPlanChange} />}
      </div>
    );
  }
  if (sectionId === 'evaluation') {
    if (!calendar) return <div className={styles.box}><LocalIcsDownload plan={plan} /></div>;
    const offer = evaluationFollowUp(plan, booked.date);
    return (
      <div className={styles.box}>
        <SchedulingPanel
          plan={plan} target={{ kind: 'evaluation' }} personIds={plan.evaluationAttendeeIds} onPlanChange={onScheduled}
          followUp={offer.kind === 'none' ? undefined : { offer, bookedDate: booked.date, onKeep: () => booked.remember(plan) }}
        />
      </div>
    );
  }
  if (sectionId === 'meetings' && calendar) {
    return (
      <div className={styles.box}>
        <SchedulingPanel plan={plan} target={{ kind: 'network', meetingId: null }} personIds={networkMeetingPeople(plan)} onPlanChange={onPlanChange} />
      </div>
    );
  }
  return null;
}

/**
 * The date the evaluation meeting is on. The plan's event reference holds no time, so it is remembered here:
 * the plan's date when the meeting was first seen, booked or moved, or when the user chose to keep it.
 */
function useBookedEvaluation(plan: Plan) {
  const eventId = plan.evaluationEvent?.eventId ?? null;
  const [booked, setBooked] = useState<{ eventId: string | null; date: string | null }>({ eventId, date: plan.evaluationDate });
  // Another event than the one remembered (booked elsewhere, or their version reloaded): it is on the plan's date.
  if (booked.eventId !== eventId) setBooked({ eventId, date: plan.evaluationDate });
  return {
    date: booked.eventId === eventId ? booked.date : plan.evaluationDate,
    remember: (p: Plan) => setBooked({ eventId: p.evaluationEvent?.eventId ?? null, date: p.evaluationDate }),
  };
}

/** Local mode, section 9: the meeting goes into the user's own calendar as an .ics file (no plan content). */
function LocalIcsDownload({ plan }: { plan: Plan }) {
  const t = useT();
  const locale = useLocale();
  const { loadExports } = useServices();
  const [status, setStatus] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  const download = async () => {
    setStatus('busy');
    try {
      const exports = await loadExports();
      downloadBlob(new Blob([await exports.toIcs(plan, locale)], { type: 'text/calendar' }), planFileName(plan.id, 'ics'));
      setStatus('done');
    } catch {
      // The export adapter's failure carries no user text; the message below says what happened.
      setStatus('failed');
    }
  };
  return (
    <>
      <Text as="p">{t(tm['local.ics.hint'])}</Text>
      {plan.evaluationDate === null && <Text as="p">{t(tm['local.ics.noDate'])}</Text>}
      <div>
        <Button icon={<CalendarRegular />} disabled={status === 'busy' || plan.evaluationDate === null} onClick={() => void download()}>
          {t(tm['local.ics.download'])}
        </Button>
      </div>
      <div role="status">
        {status === 'done' && t(tm['local.ics.done'])}
        {status === 'failed' && t(tm['local.ics.failed'])}
      </div>
    </>
  );
}
