import { editableFreely } from '../../domain';
import type { Plan } from '../../domain';
import { BottomLinesBeside } from './BottomLinesBeside';
import { ConferencePlanner } from './ConferencePlanner';
import { PerspectivesSideBySide } from './PerspectivesSideBySide';
import { ReflectionPrompt } from './ReflectionDialog';
import { ThreeHousesView } from './ThreeHousesView';

export interface CrisisExtrasProps {
  /** The template section shown in the editor (src/domain/template.ts ids). */
  sectionId: string;
  plan: Plan;
  onPlanChange: (plan: Plan) => void;
}

/**
 * What the crisis variant and the joint analysis add to a section: the bottom lines beside the conditions (section 3),
 * the views side by side and the children's Three Houses (analysis), the conference planner (network meetings), and
 * the professional's reflection prompt, kept mounted across sections.
 */
export function CrisisExtras({ sectionId, plan, onPlanChange }: CrisisExtrasProps) {
  // Feeding the Three Houses into the analysis changes the plan's content: a draft only. (Conference sessions may be
  // added to a plan in force: they are meetings it records, statusGate.ts.)
  const editable = editableFreely(plan);
  return (
    <>
      {sectionId === 'goals' && <BottomLinesBeside plan={plan} />}
      {sectionId === 'analysis' && (
        <>
          <PerspectivesSideBySide plan={plan} />
          <ThreeHousesView plan={plan} onPlanChange={onPlanChange} readOnly={!editable} />
        </>
      )}
      {sectionId === 'meetings' && <ConferencePlanner plan={plan} onPlanChange={onPlanChange} />}
      <ReflectionPrompt plan={plan} />
    </>
  );
}
