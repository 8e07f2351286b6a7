import { useState } from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { TEMPLATE, TEXT_LIMITS, createEmptyPlan } from '../../../src/domain';
import type { Locale, Plan, ScalarField } from '../../../src/domain';
import { FieldControl } from '../../../src/ui/editor/FieldControl';
import { PlanChoicesProvider } from '../../../src/ui/editor/planEditing';
import { ServicesProvider } from '../../../src/ui/services';
import type { AppServices } from '../../../src/ui/services';
import { completePlan } from '../../fixtures';
import { renderApp } from './renderApp';

beforeEach(() => { window.location.hash = ''; });

const setup = () => userEvent.setup({ delay: null });

async function openNewPlan(user: ReturnType<typeof setup>) {
  await user.click(await screen.findByRole('button', { name: 'Nieuw plan' }));
  await screen.findByRole('heading', { level: 1, name: /Veiligheidsplan van de familie/ });
}

/** One field on its own, holding its value in state as the editor does. */
function Harness({ field, initial, plan }: { field: ScalarField; initial: unknown; plan: Plan }) {
  const [value, setValue] = useState<unknown>(initial);
  return (
    <>
      <PlanChoicesProvider plan={plan}>
        <FieldControl field={field} path={['probe']} value={value} onChange={setValue} />
      </PlanChoicesProvider>
      <output data-testid="value">{JSON.stringify(value)}</output>
    </>
  );
}

/** A field control reads only the locale: touching any service would be a bug, so every one of them throws. */
const noServices = new Proxy({}, {
  get: (_target, key) => { throw new Error(`a field control used services.${String(key)}`); },
}) as AppServices;

function renderField(field: ScalarField, initial: unknown, options: { plan?: Plan; locale?: Locale } = {}) {
  const services = noServices;
  return render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services} locale={options.locale ?? 'nl'}>
        <Harness field={field} initial={initial} plan={options.plan ?? completePlan()} />
      </ServicesProvider>
    </FluentProvider>,
  );
}

const valueOf = (): unknown => JSON.parse(screen.getByTestId('value').textContent ?? 'null') as unknown;
const text = (id: string, kind: 'text' | 'textarea' = 'text'): ScalarField =>
  ({ id, kind, repeats: false, label: { nl: 'Proef', en: 'Probe' }, help: { nl: 'Hulptekst', en: 'Help text' } });

describe('text limits in the editor', () => {
  it('cuts a 3,000-character paste into the family name to 500 and says 2,500 were left out (issue 9)', async () => {
    const user = setup();
    const { store } = renderApp();
    await openNewPlan(user);
    const name = screen.getByRole('textbox', { name: /Familienaam/ });
    expect(name).toHaveAttribute('maxlength', '500');

    await user.click(name);
    await user.paste('B'.repeat(3000));

    expect(name).toHaveValue('B'.repeat(500));
    expect(screen.getByText('De geplakte tekst was te lang: 2.500 tekens zijn weggelaten (maximaal 500).')).toBeInTheDocument();
    expect(screen.getByText('500 / 500 tekens')).toBeInTheDocument();
    // The cut text is a valid plan, so it is saved, and later edits with it.
    await waitFor(async () => {
      const [summary] = await store.list();
      expect(summary?.familyName).toBe('B'.repeat(500));
    }, { timeout: 10_000 });
  });

  it('shows the counter from 80% of the limit, not before', async () => {
    const user = setup();
    renderField(text('familyName'), '');
    const input = screen.getByRole('textbox', { name: /Proef/ });
    await user.click(input);
    await user.paste('x'.repeat(399));
    expect(screen.queryByText(/\/ 500 tekens/)).not.toBeInTheDocument();
    await user.type(input, 'y');
    expect(screen.getByText('400 / 500 tekens')).toBeInTheDocument();
  });

  it('cuts a megabyte pasted into a multi-line field to 20,000 characters, with a notice', async () => {
    const user = setup();
    renderField(text('notes', 'textarea'), '');
    const area = screen.getByRole('textbox', { name: /Proef/ });
    expect(area).toHaveAttribute('maxlength', String(TEXT_LIMITS.long));
    await user.click(area);
    await user.paste('a'.repeat(1_048_576));
    expect((area as HTMLTextAreaElement).value).toHaveLength(20_000);
    expect(screen.getByText('De geplakte tekst was te lang: 1.028.576 tekens zijn weggelaten (maximaal 20.000).')).toBeInTheDocument();
    expect(screen.getByText('20.000 / 20.000 tekens')).toBeInTheDocument();
  });

  it('cuts a paste that only partly fits after what is typed, and puts the caret after it', async () => {
    const user = setup();
    renderField(text('name'), 'Fam. ');
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: /Proef/ });
    await user.click(input);
    input.setSelectionRange(5, 5);
    await user.paste('z'.repeat(496));
    expect(input.value).toBe(`Fam. ${'z'.repeat(495)}`);
    expect(input.selectionStart).toBe(500);
    expect(screen.getByText('De geplakte tekst was te lang: 1 teken is weggelaten (maximaal 500).')).toBeInTheDocument();
  });

  it('removes control characters from a paste and says so', async () => {
    const user = setup();
    renderField(text('name'), '');
    const input = screen.getByRole('textbox', { name: /Proef/ });
    await user.click(input);
    await user.paste('Bak\u0000ker\u001B\u0007');
    expect(input).toHaveValue('Bakker');
    expect(screen.getByText('3 onzichtbare stuurtekens uit de geplakte tekst zijn verwijderd.')).toBeInTheDocument();
  });

  it('keeps line breaks and tabs pasted into a multi-line field', async () => {
    const user = setup();
    renderField(text('notes', 'textarea'), '');
    const area = screen.getByRole('textbox', { name: /Proef/ });
    await user.click(area);
    await user.paste('een\r\ntwee\tdrie');
    expect(area).toHaveValue('een\ntwee\tdrie');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('makes pasted line breaks and tabs spaces on a single line, so the words stay apart', async () => {
    const user = setup();
    renderField(text('name'), '');
    const input = screen.getByRole('textbox', { name: /Proef/ });
    await user.click(input);
    await user.paste('Jan\r\nBakker\tYilmaz');
    expect(input).toHaveValue('Jan Bakker Yilmaz');
  });

  it('keeps emoji and right-to-left text exactly as pasted, without a notice', async () => {
    const user = setup();
    renderField(text('name'), '');
    const input = screen.getByRole('textbox', { name: /Proef/ });
    const pasted = 'Noor 👨‍👩‍👧 🇳🇱 مرحبا بالعالم \u200Fשלום\u200E';
    await user.click(input);
    await user.paste(pasted);
    expect(input).toHaveValue(pasted);
    expect(valueOf()).toBe(pasted);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not split an emoji at the limit', async () => {
    const user = setup();
    renderField(text('name'), 'a'.repeat(498));
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: /Proef/ });
    await user.click(input);
    input.setSelectionRange(498, 498);
    await user.paste('b😀');
    expect(input.value).toBe(`${'a'.repeat(498)}b`);
    expect(screen.getByText('De geplakte tekst was te lang: 2 tekens zijn weggelaten (maximaal 500).')).toBeInTheDocument();
  });

  it('keeps a value that is already too long, marks it, and lets the user shorten it', async () => {
    const user = setup();
    renderField(text('familyName'), 'x'.repeat(600));
    const input = screen.getByRole('textbox', { name: /Proef/ });
    expect(input).toHaveValue('x'.repeat(600));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Deze tekst is te lang om op te slaan: maximaal 500 tekens. Kort de tekst in.')).toBeInTheDocument();
    expect(screen.getByText('600 / 500 tekens')).toBeInTheDocument();
    await user.click(input);
    await user.keyboard(`{Backspace>${100}/}`);
    expect(input).toHaveValue('x'.repeat(500));
    expect(screen.queryByText(/Deze tekst is te lang/)).not.toBeInTheDocument();
  });

  it('speaks English when the user does', async () => {
    const user = setup();
    renderField(text('name'), '', { locale: 'en' });
    const input = screen.getByRole('textbox', { name: /Probe/ });
    await user.click(input);
    await user.paste('q'.repeat(3000));
    expect(screen.getByText('The pasted text was too long: 2,500 characters were left out (at most 500).')).toBeInTheDocument();
  });
});

/** The template's fields of one kind, with a real label, so each kind the editor renders is pasted into. */
function templateField(kind: ScalarField['kind']): ScalarField {
  const all = TEMPLATE.flatMap((s) => s.fields).flatMap((f) => (f.kind === 'group' ? f.fields : [f])).flatMap((f) => (f.kind === 'group' ? f.fields : [f]));
  const found = all.find((f): f is ScalarField => f.kind === kind);
  if (!found) throw new Error(`no ${kind} field in the template`);
  return found;
}

describe('a paste into every kind of field is kept, cut or refused with a notice; never dropped silently', () => {
  it('text: kept', async () => {
    const user = setup();
    renderField(templateField('text'), '');
    await user.click(screen.getByRole('textbox'));
    await user.paste('Sanne');
    expect(valueOf()).toBe('Sanne');
  });

  it('textarea: kept', async () => {
    const user = setup();
    renderField(templateField('textarea'), '');
    await user.click(screen.getByRole('textbox'));
    await user.paste('Regel 1\nRegel 2');
    expect(valueOf()).toBe('Regel 1\nRegel 2');
  });

  it('date: a Dutch or ISO date is taken; anything else is refused with a notice', async () => {
    const user = setup();
    const field = templateField('date');
    const { container } = renderField(field, null);
    const input = container.querySelector<HTMLInputElement>('input[type="date"]');
    if (!input) throw new Error('no date input');
    await user.click(input);
    await user.paste('12-03-2026');
    expect(valueOf()).toBe('2026-03-12');
    await user.paste('volgende week dinsdag');
    expect(valueOf()).toBe('2026-03-12');
    expect(screen.getByRole('alert')).toHaveTextContent('"volgende week dinsdag" is geen datum en is niet geplakt.');
  });

  it('score: a whole number from 0 to 10 is taken; anything else is refused with a notice', async () => {
    const user = setup();
    renderField(templateField('score'), null);
    const input = screen.getByRole('spinbutton');
    await user.click(input);
    await user.paste(' 7 ');
    expect(valueOf()).toBe(7);
    await user.paste('12');
    expect(valueOf()).toBe(7);
    expect(screen.getByRole('alert')).toHaveTextContent('"12" is geen score en is niet geplakt. Een score is een heel getal van 0 tot en met 10.');
  });

  it.each(['select', 'goalRef', 'personRef'] as const)('%s: a paste changes nothing and says to choose instead', async (kind) => {
    const user = setup();
    renderField(templateField(kind), null);
    const select = screen.getByRole('combobox');
    act(() => select.focus());
    await user.paste('iets');
    expect(valueOf()).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('Hier kunt u niet plakken: kies of vink aan. Er is niets veranderd.');
    await user.selectOptions(select, within(select).getAllByRole('option')[1] as HTMLOptionElement);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('boolean: a paste changes nothing and says so', async () => {
    const user = setup();
    renderField(templateField('boolean'), false);
    act(() => screen.getByRole('checkbox').focus());
    await user.paste('ja');
    expect(valueOf()).toBe(false);
    expect(screen.getByRole('alert')).toHaveTextContent('Hier kunt u niet plakken');
  });

  it('personRefs: a paste goes into the search box, where it stays visible, and chooses nobody', async () => {
    const user = setup();
    renderField(templateField('personRefs'), []);
    await user.click(screen.getByRole('combobox'));
    await user.paste('Ria');
    expect(valueOf()).toEqual([]);
    expect(screen.getByRole('combobox')).toHaveValue('Ria');
  });

  it('an empty plan still lets every text field take a paste (no people, no goals)', async () => {
    const user = setup();
    renderField(templateField('text'), '', { plan: createEmptyPlan('empty') });
    await user.click(screen.getByRole('textbox'));
    await user.paste('x'.repeat(501));
    expect(valueOf()).toBe('x'.repeat(500));
    expect(screen.getByRole('alert')).toHaveTextContent('1 teken is weggelaten');
  });
});
