import { Socket, createServer } from 'node:net';
import type { Server } from 'node:net';

/**
 * One window's network between it and the local Fluid service: a TCP proxy on 127.0.0.1 that passes HTTP and the
 * websocket through unchanged, and can be cut (every open connection reset, new ones refused at once) and restored.
 * Cutting it is what a dropped Wi-Fi does to a window: the Fluid client sees its socket die and reconnects when it can.
 */
export interface WindowNetwork {
  endpoint: string;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function windowNetwork(servicePort: number): Promise<WindowNetwork> {
  let up = true;
  const open = new Set<Socket>();
  const server: Server = createServer((inbound) => {
    if (!up) {
      inbound.resetAndDestroy();
      return;
    }
    const outbound = new Socket();
    open.add(inbound);
    open.add(outbound);
    const drop = () => {
      open.delete(inbound);
      open.delete(outbound);
      inbound.destroy();
      outbound.destroy();
    };
    inbound.on('error', drop).on('close', drop);
    outbound.on('error', drop).on('close', drop);
    outbound.connect(servicePort, '127.0.0.1', () => {
      inbound.pipe(outbound);
      outbound.pipe(inbound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    cut() {
      up = false;
      for (const socket of [...open]) socket.resetAndDestroy();
      open.clear();
    },
    restore() {
      up = true;
    },
    close() {
      up = false;
      for (const socket of [...open]) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
