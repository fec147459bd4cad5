import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { PaylanePgAdapterFactory } from "./adapter";

export type Db = PrismaClient;
/** A client inside an interactive transaction. Domain verbs take one so callers compose them atomically. */
export type Tx = Prisma.TransactionClient;

const globalForDb = globalThis as unknown as { paylaneDb?: PrismaClient };

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PaylanePgAdapterFactory(env.DATABASE_URL, env.DB_POOL_SIZE) });
}

// One client per process; dev hot reload would otherwise open a new pool on every edit.
export const db: PrismaClient = globalForDb.paylaneDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.paylaneDb = db;
