import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './renderApp';
import { FakeDevice } from '../../fakes/deviceServices';

describe('storage health in local mode', () => {
  afterEach(() => { Reflect.deleteProperty(navigator, 'storage'); });

  it('suggests an export when the browser may evict the plans, and the notice can be closed', async () => {
    Object.defineProperty(navigator, 'storage', { value: { persist: () => Promise.resolve(false), persisted: () => Promise.resolve(false) }, configurable: true });
    renderApp();
    expect(await screen.findByText(/Exporteer uw plannen/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByText(/Exporteer uw plannen/)).not.toBeInTheDocument();
  });

  it('says nothing when storage is persistent', async () => {
    Object.defineProperty(navigator, 'storage', { value: { persist: () => Promise.resolve(true), persisted: () => Promise.resolve(true) }, configurable: true });
    renderApp();
    await screen.findByRole('button', { name: /Nieuw plan/ });
    expect(screen.queryByText(/Exporteer uw plannen/)).not.toBeInTheDocument();
  });

  it('tells the user when another window holds or replaces the storage', async () => {
    const device = new FakeDevice();
    renderApp({ device });
    await screen.findByRole('button', { name: /Nieuw plan/ });
    await act(async () => { await device.tab().drafts.listForPlan('any'); });
    const newer = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(device.db.name, 99);
      request.onsuccess = () => resolve(request.result);
    });
    expect(await screen.findByText(/nieuwere versie van de app/)).toBeInTheDocument();
    act(() => newer.close());
  });
});
