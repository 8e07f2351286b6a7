import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MAX_SHORT_TEXT, createEmptyPlan } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { FakeDevice } from '../../fakes/deviceServices';
import { MemoryStore } from '../../fakes/memoryStore';
import { renderApp } from './renderApp';

/** Drafts go to the real IndexedDbDraftStore (fake-indexeddb): no in-memory stand-in. */

class GatedStore extends MemoryStore {
  gate: Promise<void> | null = null;
  override async save(plan: Plan, expected: string | null) {
    if (this.gate) await this.gate;
    return super.save(plan, expected);
  }
}

const PLAN_ID = 'plan-1';

async function seeded(store = new GatedStore()) {
  await store.save({ ...createEmptyPlan(PLAN_ID), familyName: 'Jansen' }, null);
  window.location.hash = `#/plan/${PLAN_ID}`;
  return store;
}

const stored = async (store: MemoryStore) => (await store.load(PLAN_ID)).plan;

beforeEach(() => { window.location.hash = ''; });

describe('saving in the editor', () => {
  it('says plainly when the device cannot keep the draft (storage full), with the number of unsaved changes', async () => {
    const user = userEvent.setup({ delay: null });
    const store = await seeded();
    store.gate = new Promise(() => undefined);
    renderApp({ store });
    const name = await screen.findByRole('textbox', { name: /Familienaam/ });
    const put = jest.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    try {
      await user.type(name, 'x');
      expect(await screen.findByText(/de opslag is vol\). 1 wijziging\(en\) staan alleen op het scherm/)).toBeInTheDocument();
    } finally {
      put.mockRestore();
    }
  });

  it('two editors on one database: each keeps its own draft and both edits reach the store', async () => {
    const user = userEvent.setup({ delay: null });
    const store = await seeded();
    const device = new FakeDevice();
    const a = renderApp({ store, device });
    const b = renderApp({ store, device });
    const nameA = await within(a.container).findByRole('textbox', { name: /Familienaam/ });
    await within(b.container).findByRole('textbox', { name: /Familienaam/ });
    await user.type(nameA, 'A');
    // B edits another section's field; the save from A must not take B's edit away.
    await user.click(within(b.container).getByRole('button', { name: /Volgend onderdeel/ }));
    const textboxesB = await within(b.container).findAllByRole('textbox');
    await user.type(textboxesB[0]!, 'B');
    await waitFor(async () => {
      const plan = await stored(store);
      expect(plan.familyName).toBe('JansenA');
      expect(JSON.stringify(plan)).toContain('"B"');
    }, { timeout: 5000 });
  });

  it('a reload inside the autosave pause loses nothing: the next editor puts the draft back and saves it', async () => {
    const user = userEvent.setup({ delay: null });
    const store = await seeded();
    const device = new FakeDevice();
    store.gate = new Promise(() => undefined); // the page goes before any save lands
    const first = renderApp({ store, device });
    await user.type(await screen.findByRole('textbox', { name: /Familienaam/ }), ' typed');
    await waitFor(async () => expect((await device.tab().drafts.listForPlan(PLAN_ID)).map((d) => d.plan.familyName)).toEqual(['Jansen typed']));
    device.locks.dropAll();
    first.unmount();
    // The unmount's save is stuck behind the gate, as a reloaded page's would never finish.
    await new Promise((r) => setTimeout(r, 50));
    store.gate = null;
    renderApp({ store, device });
    expect(await screen.findByDisplayValue('Jansen typed')).toBeInTheDocument();
    expect(await screen.findByText(/Niet-opgeslagen wijzigingen van een eerder venster zijn teruggezet/)).toBeInTheDocument();
    await waitFor(async () => expect((await stored(store)).familyName).toBe('Jansen typed'), { timeout: 5000 });
  });

  it('restores an invalid draft as it was, names the field to fix, and never says "Opgeslagen"', async () => {
    const store = await seeded();
    const device = new FakeDevice();
    const tooLong = 'x'.repeat(MAX_SHORT_TEXT + 2500);
    const base = await stored(store);
    await device.tab().drafts.put({ planId: PLAN_ID, editorId: 'earlier', plan: { ...base, familyName: tooLong, genogramNote: 'Geldig' }, base, baseRevision: '1' });
    renderApp({ store, device });
    expect(await screen.findByText(/Herstel eerst/)).toBeInTheDocument();
    expect(screen.getByText(/Familienaam: De tekst is te lang/)).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('[data-save-state]')?.getAttribute('data-save-state')).toBe('invalid'));
    expect(screen.queryByText('Opgeslagen')).not.toBeInTheDocument();
    expect((await stored(store)).familyName).toBe('Jansen');
    expect((await device.tab().drafts.listForPlan(PLAN_ID))[0]?.plan.genogramNote).toBe('Geldig');
  });

  it('typing on while a save is in flight: the later keys are saved too, and "Opgeslagen" appears only when the store has them', async () => {
    const user = userEvent.setup({ delay: null });
    const store = await seeded();
    let release: () => void = () => undefined;
    store.gate = new Promise((r) => { release = r; });
    renderApp({ store });
    const name = await screen.findByRole('textbox', { name: /Familienaam/ });
    await user.type(name, 'a');
    await waitFor(() => expect(document.querySelector('[data-save-state]')?.getAttribute('data-save-state')).toBe('saving'), { timeout: 3000 });
    await user.type(name, 'b');
    expect(screen.queryByText('Opgeslagen')).not.toBeInTheDocument();
    store.gate = null;
    act(() => release());
    expect(await screen.findByText('Opgeslagen', {}, { timeout: 5000 })).toBeInTheDocument();
    expect((await stored(store)).familyName).toBe('Jansenab');
  });

  it('Back waits for the save and, when it fails, says so and offers to go anyway', async () => {
    const user = userEvent.setup({ delay: null });
    const store = await seeded();
    store.gate = Promise.reject(Object.assign(new Error('x'), { name: 'x' }));
    store.gate.catch(() => undefined);
    renderApp({ store });
    const name = await screen.findByRole('textbox', { name: /Familienaam/ });
    await user.type(name, 'z');
    await user.click(screen.getByRole('button', { name: /Terug/ }));
    expect(await screen.findByText(/Niet alles is opgeslagen/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Toch teruggaan' }));
    await waitFor(() => expect(window.location.hash).not.toContain(PLAN_ID));
  });
});
