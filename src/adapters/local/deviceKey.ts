import { openDB } from 'idb';
import type { DBSchema } from 'idb';

/**
 * A random salt made once per browser profile, kept on the device only. Names and keys that stand for an account are
 * salted hashes of its id, so someone who knows a colleague's object id (every tenant user can read it) cannot tell
 * which database or record is theirs, and the same account gets unrelated names on two devices.
 */
export const DEVICE_DB_NAME = 'veiligheidsplan-apparaat';
const SALT_KEY = 'accountSalt';
const SALT_BYTES = 32;

interface DeviceDbSchema extends DBSchema {
  device: { key: string; value: Uint8Array };
}

/** What a salted account key is for: the drafts' database and the reflections' database never share a name. */
export type AccountKeyPurpose = 'drafts' | 'reflections';

let salt: Promise<Uint8Array> | null = null;

async function readOrMakeSalt(): Promise<Uint8Array> {
  const db = await openDB<DeviceDbSchema>(DEVICE_DB_NAME, 1, { upgrade: (d) => void d.createObjectStore('device') });
  try {
    // One readwrite transaction: two tabs that start together agree on one salt (the second sees the first's).
    const tx = db.transaction('device', 'readwrite');
    let value = await tx.store.get(SALT_KEY);
    if (!value) {
      value = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
      await tx.store.put(value, SALT_KEY);
    }
    await tx.done;
    return new Uint8Array(value);
  } finally {
    db.close();
  }
}

function deviceSalt(): Promise<Uint8Array> {
  salt ??= readOrMakeSalt().catch((e: unknown) => {
    salt = null;
    throw e;
  });
  return salt;
}

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 over the device salt, the purpose and the account id, in hex. */
export async function saltedAccountKey(purpose: AccountKeyPurpose, accountId: string): Promise<string> {
  const s = await deviceSalt();
  const text = new TextEncoder().encode(`${purpose}\u0000${accountId}`);
  const input = new Uint8Array(s.length + text.length);
  input.set(s, 0);
  input.set(text, s.length);
  return hex(await globalThis.crypto.subtle.digest('SHA-256', input));
}

/** The unsalted SHA-256 of the account id that names and records used before the salt (read only to migrate them). */
export async function legacyAccountHash(accountId: string): Promise<string> {
  return hex(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(accountId)));
}

/** Whether a database of this name exists, without creating it; unknown (no `databases()`) counts as present. */
export async function databaseExists(name: string): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true;
  const all = await indexedDB.databases();
  return all.some((d) => d.name === name);
}

/** Deletes a database; resolves also when another tab blocks it (the deletion then completes once that tab closes). */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
    request.onblocked = () => resolve();
  });
}

/** Tests: forget the salt read by this page, as a new page load would. */
export function forgetDeviceSaltForTests(): void {
  salt = null;
}
