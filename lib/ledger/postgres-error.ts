import { Prisma } from "@/generated/prisma/client";

/** The parts of a PostgreSQL error the ledger cares about. */
export type PostgresError = { code: string; message: string; detail?: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function fromCause(cause: unknown): PostgresError | undefined {
  if (!isRecord(cause)) return undefined;
  const code = cause.originalCode ?? cause.code;
  const message = cause.originalMessage ?? cause.message;
  if (typeof code !== "string" || typeof message !== "string") return undefined;
  return { code, message, detail: typeof cause.detail === "string" ? cause.detail : undefined };
}

/**
 * The PostgreSQL error under a Prisma raw-query failure. Through the pg driver adapter, Prisma reports
 * raw-query errors as P2010 with the driver's error under `meta.driverAdapterError.cause`; inside some
 * paths the DriverAdapterError itself arrives. Both are handled.
 */
export function postgresErrorOf(error: unknown): PostgresError | undefined {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const adapterError = error.meta?.driverAdapterError;
    return isRecord(adapterError) ? fromCause(adapterError.cause) : undefined;
  }
  if (error instanceof Error && error.name === "DriverAdapterError") return fromCause(error.cause);
  return undefined;
}
