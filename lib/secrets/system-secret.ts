import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";

const cache = new Map<string, Promise<Buffer>>();

/**
 * A random 32-byte key generated once per installation and kept in system_secrets, shared by every
 * instance (the first insert wins when several start together). Cached per process.
 */
export function generatedSecret(db: Db, name: string): Promise<Buffer> {
  let key = cache.get(name);
  if (!key) {
    key = (async () => {
      await db.systemSecret.createMany({
        data: [{ name, value: randomBytes(32).toString("base64") }],
        skipDuplicates: true,
      });
      const stored = await db.systemSecret.findUniqueOrThrow({ where: { name } });
      return Buffer.from(stored.value, "base64");
    })().catch((error: unknown) => {
      cache.delete(name);
      throw error;
    });
    cache.set(name, key);
  }
  return key;
}
