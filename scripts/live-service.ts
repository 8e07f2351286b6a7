/**
 * The local Fluid service for the live meeting session outside Teams (`npm run live:service`, the e2e and the bench):
 * Microsoft's `@fluidframework/azure-local-service` (tinylicious of the Fluid 1.x line, which Live Share 1.x speaks).
 * It keeps documents in memory and its git storage in a folder of its own under the system's temp folder, and is only
 * ever addressed on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface LocalFluidService {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
  /**
   * Stops the service process and starts it again on the same port and storage, as a relay that restarts mid-meeting.
   * Only a `persistent` service keeps its documents across it (the default keeps them in memory, which a restart empties).
   */
  restart(downMs?: number): Promise<void>;
}

export interface LocalFluidServiceOptions {
  quiet?: boolean;
  /**
   * Keep the documents' ops in a LevelDB folder (tinylicious' `db:inMemory` false) instead of memory, so a restart
   * finds the meeting's container again, as a durable relay (Azure Fluid Relay) does.
   */
  persistent?: boolean;
}

export const DEFAULT_LIVE_PORT = 7070;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the local Fluid service stopped (exit ${child.exitCode})`);
    try {
      const response = await fetch(endpoint, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error('the local Fluid service did not start in time');
}

export async function startLocalFluidService(port?: number, options: LocalFluidServiceOptions = {}): Promise<LocalFluidService> {
  const chosen = port ?? (await freePort());
  const storage = mkdtempSync(path.join(tmpdir(), 'vp-fluid-'));
  const entry = require.resolve('@fluidframework/azure-local-service/dist/index.js');
  // tinylicious reads its settings through nconf (separator `__`): PORT, `storage` for the folder of its git store, and
  // `db__inMemory`/`db__path` for where the ops are kept.
  const database = options.persistent ? { db__inMemory: 'false', db__path: path.join(storage, 'db') } : {};
  const launch = (): ChildProcess => spawn(process.execPath, [entry], {
    env: { ...process.env, PORT: String(chosen), storage, ...database },
    stdio: options.quiet === false ? 'inherit' : 'ignore',
  });
  let child = launch();
  const endpoint = `http://127.0.0.1:${chosen}`;
  const halt = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  };
  const stop = async () => {
    await halt();
    rmSync(storage, { recursive: true, force: true });
  };
  const restart = async (downMs = 0) => {
    await halt();
    await new Promise((r) => setTimeout(r, downMs));
    child = launch();
    await waitUntilUp(endpoint, child, 30_000);
  };
  try {
    await waitUntilUp(endpoint, child, 30_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { endpoint, port: chosen, stop, restart };
}

if (require.main === module) {
  const port = Number(process.env.LIVE_PORT || DEFAULT_LIVE_PORT);
  void startLocalFluidService(port, { quiet: false }).then((service) => {
    console.log(`Local Fluid service on ${service.endpoint}. Open the "Live sessie" link in npm start. Ctrl+C stops it.`);
    const stop = () => void service.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
