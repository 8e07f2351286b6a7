import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PermissionError, createEmptyPlan } from '../../../src/domain';
import { errorMessage } from '../../../src/i18n';
import { PlanList } from '../../../src/ui/planList/PlanList';
import { ServicesProvider } from '../../../src/ui/services';
import type { AppServices } from '../../../src/ui/services';
import { MemoryStore } from '../../fakes/memoryStore';
import { fakeExports } from '../../fakes/exports';
import { FakeDevice } from '../../fakes/deviceServices';

/** Tenant mode on the plain web page: the first Graph call finds no session, and sign-in must follow a click. */
class SignedOutStore extends MemoryStore {
  signedIn = false;
  override async list() {
    if (!this.signedIn) throw new PermissionError(401);
    return super.list();
  }
}

function renderList(store: SignedOutStore, signIn: AppServices['signIn']) {
  const services: AppServices = {
    mode: 'tenant', store, ...new FakeDevice().tab(), clock: { now: () => new Date('2026-11-25T10:00:00Z') },
    loadExports: async () => fakeExports(),
    calendar: null, sharing: null, people: null, document: null, ...(signIn ? { signIn } : {}),
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services} locale="nl"><PlanList onOpen={() => undefined} /></ServicesProvider>
    </FluentProvider>,
  );
}

describe('plan list when not signed in', () => {
  it('offers a sign-in button, signs in on the click and then shows the plans', async () => {
    const user = userEvent.setup({ delay: null });
    const store = new SignedOutStore();
    await store.save({ ...createEmptyPlan('p1'), familyName: 'Jansen' }, null);
    const signIn = jest.fn(async () => { store.signedIn = true; });
    renderList(store, signIn);

    await user.click(await screen.findByRole('button', { name: 'Aanmelden' }));
    expect(signIn).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('heading', { level: 2, name: 'Jansen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aanmelden' })).not.toBeInTheDocument();
  });

  it('shows no sign-in button where the mode has no sign-in', async () => {
    renderList(new SignedOutStore(), undefined);
    expect(await screen.findByText(errorMessage(new PermissionError(401), 'nl'))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aanmelden' })).not.toBeInTheDocument();
  });
});
