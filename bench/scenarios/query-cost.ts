// What one query costs this process's CPU, by way of sending it: Prisma's model API (the gateway's
// usual path: the "client" engine compiles every query with its wasm query compiler, then interprets
// the plan), Prisma's $queryRaw, and pg directly. The same primary-key read each time, one at a time,
// so the database's share is equal and small. Import after the bench database is configured.
import pg from "pg";
import { db } from "@/lib/db";

export type QueryCost = { path: string; cpuMsPerQuery: number; wallMsPerQuery: number };

async function measure(path: string, count: number, query: () => Promise<unknown>): Promise<QueryCost> {
  for (let i = 0; i < 200; i++) await query(); // JIT and caches
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < count; i++) await query();
  const used = process.cpuUsage(cpu);
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    path,
    cpuMsPerQuery: round((used.user + used.system) / 1000 / count),
    wallMsPerQuery: round((performance.now() - started) / count),
  };
}

export async function measureQueryCost(databaseUrl: string, count = 2000): Promise<QueryCost[]> {
  const payment = await db.payment.findFirst({ select: { id: true } });
  if (!payment) throw new Error("query cost: no payment to read (run the query profile first)");
  const id = payment.id;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return [
      await measure("Prisma payment.findUnique (model API)", count, () =>
        db.payment.findUnique({ where: { id } }),
      ),
      await measure(
        "Prisma $queryRaw",
        count,
        () => db.$queryRaw`SELECT * FROM "payments" WHERE "id" = ${id}`,
      ),
      await measure("pg Client.query", count, () =>
        client.query('SELECT * FROM "payments" WHERE "id" = $1', [id]),
      ),
    ];
  } finally {
    await client.end();
  }
}
