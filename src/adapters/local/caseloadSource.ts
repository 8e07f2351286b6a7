import type { CaseloadRow, CaseloadSource, CaseloadViewer, TeamPlanFacts } from '../../app/ports';
import { caseloadRowOfStoredPlan, teamFactsOf } from './caseloadRow';
import type { PlanDatabase } from './database';

/** Where the device remembers its user's mail address (their own, typed by them; no plan content). */
export const VIEWER_ADDRESS_KEY = 'vp.caseload.viewerAddress';

/** The part of Web Storage this adapter uses; null where the browser gives none. */
export type AddressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;

function browserStorage(): AddressStorage {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // A browser that blocks storage throws on access: then the address is simply not remembered.
    return null;
  }
}

/**
 * The caseload in local mode: every plan on the device. The device has one user, who is on every case it holds, so
 * the team overview names every plan. Their role in a plan is told by the mail address they give once.
 */
export class IndexedDbCaseloadSource implements CaseloadSource {
  constructor(private readonly db: PlanDatabase, private readonly storage: AddressStorage = browserStorage()) {}

  viewer(): Promise<CaseloadViewer> {
    const address = this.readAddress();
    return Promise.resolve({ addresses: address ? [address] : [], teamLead: true });
  }

  listCaseload(): Promise<CaseloadRow[]> {
    return this.db.run(async (db) => {
      const tx = db.transaction('plans', 'readonly');
      const [keys, stored] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      // A damaged record is left out, as in the plan list; opening it there explains the damage.
      return stored.flatMap((record, i) => caseloadRowOfStoredPlan(keys[i]!, record.plan, record) ?? []);
    });
  }

  async listTeamPlans(): Promise<TeamPlanFacts[]> {
    return (await this.listCaseload()).map(teamFactsOf);
  }

  rememberViewerAddress(address: string): Promise<void> {
    const folded = address.trim().toLowerCase();
    try {
      if (folded === '') this.storage?.removeItem(VIEWER_ADDRESS_KEY);
      else this.storage?.setItem(VIEWER_ADDRESS_KEY, folded);
    } catch {
      // Storage full or blocked: the address holds for this session only (the caller keeps it in state).
    }
    return Promise.resolve();
  }

  private readAddress(): string | null {
    try {
      return this.storage?.getItem(VIEWER_ADDRESS_KEY) ?? null;
    } catch {
      return null;
    }
  }
}
