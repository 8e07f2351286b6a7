import type { Page } from 'playwright-core';
import { createEmptyPlan } from '../../src/domain';
import type { Plan } from '../../src/domain';

/**
 * Plans put straight into the app's IndexedDB (the caseload is what is tested, not making plans): the same record
 * shape the local store writes (src/adapters/local/database.ts: `{ plan, revision, savedAt }` keyed by plan id).
 */

const DAY_MS = 86_400_000;

/** The ISO day `days` from today where the browser is (the app counts in local calendar days). */
export function dayFromToday(days: number, today = new Date()): string {
  const d = new Date(today.getTime() + days * DAY_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface SeedPlan {
  plan: Plan;
  savedAt: string;
}

/** A plan of the family with children and a professional; `overrides` set its status, dates, variant and roles. */
export function seedPlan(id: string, familyName: string, children: readonly string[], overrides: Partial<Plan> = {}, savedDaysAgo = 1): SeedPlan {
  const base = createEmptyPlan(id);
  const plan: Plan = {
    ...base,
    familyName,
    directPersons: children.map((name, i) => ({
      id: `${id}-c${i}`, name, contact: '', birthDate: null, birthDateUnread: '', isChild: true, present: false, mustBeInformed: false,
    })),
    professionals: [{
      id: `${id}-pro`, name: 'Lotte Smit', phone: '', email: 'lotte.smit@wijkteam.example', organisation: 'Wijkteam', role: 'jeugdprofessional',
      workingDays: '', present: true,
    }],
    ...overrides,
  };
  return { plan, savedAt: new Date(Date.now() - savedDaysAgo * DAY_MS).toISOString() };
}

/** Writes the plans into the app's database (the page must have opened it once, so its schema exists). */
export async function seedIndexedDb(page: Page, plans: readonly SeedPlan[], dbName = 'veiligheidsplan'): Promise<void> {
  const CHUNK = 500;
  for (let start = 0; start < plans.length; start += CHUNK) {
    const chunk = plans.slice(start, start + CHUNK);
    await page.evaluate(async ({ name, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('plans', 'readwrite');
        for (const r of records) tx.objectStore('plans').put({ plan: r.plan, revision: '1', savedAt: r.savedAt }, r.plan.id);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, { name: dbName, records: chunk });
  }
}

const FAMILIES = ['Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Yilmaz', 'El Amrani'];
const CHILDREN = ['Sem', 'Noah', 'Emma', 'Julia', 'Liam', 'Mila', 'Chloë', 'Daan', 'Sara', 'Elif'];

/** `count` plans over many families, statuses and dates, deterministic: for the caseload's speed, not its rules. */
export function manyPlans(count: number): SeedPlan[] {
  const statuses = ['active', 'active', 'draft', 'evaluated', 'closed'] as const;
  return Array.from({ length: count }, (_, i) => seedPlan(
    `bulk-${i}`,
    `${FAMILIES[i % FAMILIES.length]} ${Math.floor(i / FAMILIES.length)}`,
    [CHILDREN[i % CHILDREN.length]!, CHILDREN[(i * 7 + 3) % CHILDREN.length]!],
    {
      status: statuses[i % statuses.length]!,
      variant: i % 9 === 0 ? 'crisis' : 'standard',
      evaluationDate: dayFromToday((i % 90) - 10),
      validUntil: dayFromToday((i % 180) + 1),
      validFrom: dayFromToday(-30),
    },
    i % 60,
  ));
}
