import net from "node:net";

// A round-robin TCP balancer in front of several app processes, for the "more processes" what-if: a
// single `next start` is one Node.js event loop, i.e. at most one core. Connections (not requests)
// are spread; with dozens of keep-alive clients that is an even spread.

export type Balancer = { stop: () => Promise<void> };

export async function startBalancer(port: number, backendPorts: readonly number[]): Promise<Balancer> {
  let next = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const backendPort = backendPorts[next++ % backendPorts.length] ?? 0;
    const backend = net.connect({ host: "127.0.0.1", port: backendPort });
    for (const socket of [client, backend]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        backend.destroy();
      });
    }
    client.pipe(backend).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
