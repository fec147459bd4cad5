import net from "node:net";
import path from "node:path";
import { mkdirSync } from "node:fs";
import { EMBEDDED_DATABASE_URL, EMBEDDED_DB_PORT } from "./connection";

export type DatabaseHandle = { url: string; embedded: boolean; stop: () => Promise<void> };

const DATA_DIR = path.join(process.cwd(), ".data", "pglite");

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * The database this process should use: DATABASE_URL when set; otherwise the embedded PGlite server,
 * joined if another process (the dev server) already serves it, started here if not. PGlite's data
 * directory must only ever be opened by one process, hence the port probe.
 */
export async function ensureDatabase(): Promise<DatabaseHandle> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => {} };
  process.env.DATABASE_URL = EMBEDDED_DATABASE_URL;
  if (await portIsOpen(EMBEDDED_DB_PORT)) {
    return { url: EMBEDDED_DATABASE_URL, embedded: true, stop: async () => {} };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  mkdirSync(DATA_DIR, { recursive: true });
  const pglite = await PGlite.create(DATA_DIR);
  const server = new PGLiteSocketServer({
    db: pglite,
    host: "127.0.0.1",
    port: EMBEDDED_DB_PORT,
    maxConnections: 64,
  });
  await server.start();
  return {
    url: EMBEDDED_DATABASE_URL,
    embedded: true,
    stop: async () => {
      await server.stop();
      await pglite.close();
    },
  };
}
