import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TEMPLATE, setValue } from '../../../src/domain';
import type { GroupField, Plan, ScalarField } from '../../../src/domain';
import { FieldControl } from '../../../src/ui/editor/FieldControl';
import { PlanChoicesProvider } from '../../../src/ui/editor/planEditing';
import { basePlan } from '../../unit/adapters/graph/planFixture';
import { renderTenant } from '../tenant/renderTenant';

const recipients = TEMPLATE.flatMap((s) => s.fields).find((f): f is GroupField => f.id === 'copyRecipients' && f.kind === 'group')!;
const receives = recipients.fields.find((f) => f.id === 'receives') as ScalarField;

/** The section-8 field of the first recipient, with the plan held in state as the editor holds it. */
function Harness({ onPlan }: { onPlan: (p: Plan) => void }) {
  const [plan, setPlan] = useState<Plan>({ ...basePlan, copyRecipients: [{ ...basePlan.copyRecipients[0]!, name: 'Fatima El Amrani', email: 'fatima@contoso.nl' }] });
  const path = ['copyRecipients', 0, 'receives'] as const;
  return (
    <PlanChoicesProvider plan={plan}>
      <FieldControl field={receives} path={[...path]} value={plan.copyRecipients[0]!.receives}
        onChange={(v) => { const next = setValue(plan, [...path], v as never); setPlan(next); onPlan(next); }} />
    </PlanChoicesProvider>
  );
}

describe('"Wat krijgt deze persoon?" in the editor', () => {
  it('chooses the kind, then whose overview (the recipient by default) or which sections', async () => {
    let plan: Plan | null = null;
    renderTenant(<Harness onPlan={(p) => { plan = p; }} />);
    const group = screen.getByRole('group', { name: 'Wat krijgt deze persoon?' });
    const kind = within(group).getByRole('combobox', { name: 'Soort kopie' });
    expect(kind).toHaveValue('plan');

    await userEvent.selectOptions(kind, 'overview');
    expect(plan!.copyRecipients[0]!.receives).toEqual({ kind: 'overview', personId: null });
    expect(within(group).getByRole('option', { name: 'De ontvanger zelf (Fatima El Amrani)' })).toBeInTheDocument();
    await userEvent.selectOptions(within(group).getByRole('combobox', { name: 'Overzicht van' }), 'grandpa');
    expect(plan!.copyRecipients[0]!.receives).toEqual({ kind: 'overview', personId: 'grandpa' });

    await userEvent.selectOptions(kind, 'sections');
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Onderdeel 6' }));
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Onderdeel 4' }));
    expect(plan!.copyRecipients[0]!.receives).toEqual({ kind: 'sections', sections: [4, 6] });
  });
});
