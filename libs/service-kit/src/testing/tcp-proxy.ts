import { createServer, type Server, Socket } from 'node:net';

/** A TCP proxy in front of a real server, so a test can take that server away from one app and give it back. */
export interface TcpProxy {
  /** The proxy's port on 127.0.0.1: give the app this instead of the server's. */
  port: number;
  /** Breaks every open connection and refuses new ones at once, as when the server goes away. */
  cut(): void;
  /** Forwards new connections to the server again. */
  restore(): void;
  close(): Promise<void>;
}

/**
 * Forwards connections on a free port of 127.0.0.1 to `host:port`. Unlike stopping the server, cutting the proxy
 * leaves the shared server, and every other test that uses it, alone. Suits protocols whose clients keep using
 * the address they were given (MongoDB, Redis); a Kafka client follows the broker's advertised address instead.
 */
export async function startTcpProxy(host: string, port: number): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let cut = false;
  const server: Server = createServer((client) => {
    if (cut) {
      client.destroy();
      return;
    }
    const upstream = new Socket();
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.once('close', () => open.delete(socket));
      socket.on('error', () => undefined); // the other side's close ends both; nothing to report
    }
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
    upstream.connect(port, host, () => {
      client.pipe(upstream);
      upstream.pipe(client);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the proxy has no port');
  const breakAll = () => {
    for (const socket of open) socket.destroy();
  };
  return {
    port: address.port,
    cut: () => {
      cut = true;
      breakAll();
    },
    restore: () => {
      cut = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        breakAll();
        server.close(() => resolve());
      }),
  };
}
