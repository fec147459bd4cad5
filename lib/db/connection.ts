import pg from "pg";

// Port of the embedded PGlite server used when DATABASE_URL is unset (see scripts/embedded-db.ts).
export const EMBEDDED_DB_PORT = 54329;
export const EMBEDDED_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_DB_PORT}/postgres`;

// Catalog columns of these types make @prisma/adapter-pg 6.19 throw "could not be deserialized"
// (prisma/orm#27403); `migrate deploy` reads them. Prisma is told they are text.
const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
const CHAR_OID = 18;
const REWRITTEN_OIDS = new Map<number, number>([
  [CHAR_OID, TEXT_OID], // "char"
  [19, TEXT_OID], // name
  [2205, TEXT_OID], // regclass
  [1003, TEXT_ARRAY_OID], // name[]
]);

type Field = { dataTypeID: number };
type WithFields = { fields?: Field[]; rows?: unknown[] };

/**
 * The schema engine wants `"char"` catalog columns (e.g. pg_constraint.contype) typed as Character, a
 * type adapter-pg never reports. The columns are remembered here, keyed by the result's rows array,
 * which adapter-pg hands on unchanged; see lib/db/adapter.ts.
 */
export const charColumnsOfRows = new WeakMap<unknown[], number[]>();

function rewriteFields<T>(result: T): T {
  const { fields, rows } = (result as WithFields | undefined) ?? {};
  if (fields) {
    const charColumns: number[] = [];
    fields.forEach((field, index) => {
      if (field.dataTypeID === CHAR_OID) charColumns.push(index);
      const replacement = REWRITTEN_OIDS.get(field.dataTypeID);
      if (replacement !== undefined) field.dataTypeID = replacement;
    });
    if (charColumns.length > 0 && rows) charColumnsOfRows.set(rows, charColumns);
  }
  return result;
}

type Callback = (err: Error | null, result: unknown) => void;

class CatalogSafeClient extends pg.Client {
  // pg's query() is overloaded (promise or callback); both paths get their field types rewritten.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const cb = last as Callback;
      args[args.length - 1] = (err: Error | null, result: unknown) =>
        cb(err, err ? result : rewriteFields(result));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    if (out instanceof Promise) return out.then(rewriteFields) as never;
    return out as never;
  }
}

/**
 * Pool settings from a URL, split into fields: given `connectionString`, adapter-pg 6.19 would point its
 * shadow database at the main database.
 */
export function poolConfigFromUrl(url: string, max = 10): pg.PoolConfig {
  const parsed = new URL(url);
  const sslmode = parsed.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(parsed.hostname),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username || "postgres"),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "") || "postgres"),
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    max: Number(parsed.searchParams.get("connection_limit") ?? max),
    Client: CatalogSafeClient,
  };
}
