import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { accounts } from "@/lib/ledger";
import type { WalletHistoryFilter } from "./history-filters";
import { movementKindOf, NAMED_KINDS, type Direction, type MovementKind } from "./movement-kinds";

/** Who was on the other side of a movement, for the history to name. */
export type Counterpart =
  | { kind: "merchant"; name: string }
  | { kind: "refund"; merchantName: string }
  | { kind: "transferTo"; email: string }
  | { kind: "transferFrom"; email: string }
  | { kind: "transferReturned"; email: string }
  | { kind: "paylane" };

/** What the movement can be looked up by: the merchant's order id, the transfer's id, or the entry. */
export type MovementReference = { kind: "order" | "transfer" | "entry"; value: string };

export type WalletMovement = {
  /** The posting's id: unique, and the page cursor. */
  id: string;
  entryId: string;
  kind: MovementKind;
  direction: Direction;
  /** Fen, signed: > 0 into the wallet. */
  change: bigint;
  /** The wallet's balance right after this movement. */
  balanceAfter: bigint;
  description: string;
  counterpart: Counterpart;
  reference: MovementReference;
  createdAt: Date;
};

export type WalletMovementPage = { items: WalletMovement[]; nextCursor: string | null };

type Row = {
  postingId: bigint;
  entryId: string;
  eventType: string;
  description: string;
  amount: bigint;
  balanceAfter: bigint;
  createdAt: Date;
  merchantName: string | null;
  orderId: string | null;
  transferId: string | null;
  senderEmail: string | null;
  recipientEmail: string | null;
};

const MAX_LIMIT = 100;
const INT8_MAX = "9223372036854775807";

function kindCondition(kind: MovementKind): Prisma.Sql {
  const prefix = Prisma.sql`split_part(e."eventType", '.', 1)`;
  return kind === "other"
    ? Prisma.sql`${prefix} NOT IN (${Prisma.join(NAMED_KINDS)})`
    : Prisma.sql`${prefix} = ${kind}`;
}

function conditions(filter: WalletHistoryFilter): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  // A wallet is a credit-normal account: a positive posting is money in.
  if (filter.direction)
    where.push(filter.direction === "in" ? Prisma.sql`p.amount > 0` : Prisma.sql`p.amount < 0`);
  if (filter.kind) where.push(kindCondition(filter.kind));
  if (filter.from) where.push(Prisma.sql`p."createdAt" >= ${filter.from}`);
  if (filter.to) where.push(Prisma.sql`p."createdAt" < ${filter.to}`);
  return where;
}

function counterpartOf(row: Row, kind: MovementKind, incoming: boolean): Counterpart {
  if (kind === "payment" && row.merchantName) return { kind: "merchant", name: row.merchantName };
  if (kind === "refund" && row.merchantName) return { kind: "refund", merchantName: row.merchantName };
  if (kind === "transfer" && row.transferId) {
    if (!incoming && row.recipientEmail) return { kind: "transferTo", email: row.recipientEmail };
    // Money in from a transfer is either the recipient's (from its sender) or the sender's own money
    // coming back unclaimed or cancelled (from its recipient's address).
    if (row.eventType === "transfer.claimed" || row.eventType === "transfer.sent") {
      if (row.senderEmail) return { kind: "transferFrom", email: row.senderEmail };
    } else if (row.recipientEmail) {
      return { kind: "transferReturned", email: row.recipientEmail };
    }
  }
  return { kind: "paylane" };
}

function referenceOf(row: Row): MovementReference {
  if (row.orderId) return { kind: "order", value: row.orderId };
  if (row.transferId) return { kind: "transfer", value: row.transferId };
  return { kind: "entry", value: row.entryId };
}

function toMovement(row: Row): WalletMovement {
  const kind = movementKindOf(row.eventType);
  const incoming = row.amount > 0n;
  return {
    id: row.postingId.toString(),
    entryId: row.entryId,
    kind,
    direction: incoming ? "in" : "out",
    change: row.amount,
    balanceAfter: row.balanceAfter,
    description: row.description,
    counterpart: counterpartOf(row, kind, incoming),
    reference: referenceOf(row),
    createdAt: row.createdAt,
  };
}

/**
 * A wallet user's movements, newest first, a page at a time, each with its counterpart (the merchant
 * paid or refunding, the other side of a transfer) and a reference. Filters: direction, kind and a
 * time range. Keyset paging on the posting id keeps pages stable while new movements arrive; the
 * balance after each movement is computed from the wallet's balance, so it is right under any filter.
 *
 * A read model: it reads the ledger's postings and joins the records the entries are keyed by
 * (payment, refund or transfer id), which is how every module posts.
 */
export async function listWalletMovements(
  db: Db,
  options: { userId: string; filter?: WalletHistoryFilter; cursor?: string | null; limit?: number },
): Promise<WalletMovementPage> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 20), 1), MAX_LIMIT);
  const cursor = options.cursor ?? null;
  if (cursor !== null && !/^\d{1,19}$/.test(cursor)) {
    throw new AppError("invalid_request", "The cursor is not valid.", "cursor");
  }
  const where = conditions(options.filter ?? {});
  const filters = where.length > 0 ? Prisma.sql`AND ${Prisma.join(where, " AND ")}` : Prisma.empty;
  const rows = await db.$queryRaw<Row[]>`
    WITH account AS (
      SELECT id, balance FROM ledger_accounts WHERE code = ${accounts.wallet(options.userId).code}
    )
    SELECT p.id AS "postingId", p."entryId", e."eventType", e.description, p.amount, p."createdAt",
           (account.balance - (SELECT COALESCE(SUM(q.amount), 0) FROM postings q
                                WHERE q."accountId" = account.id AND q.id > p.id))::bigint AS "balanceAfter",
           COALESCE(pm.name, rm.name) AS "merchantName",
           COALESCE(pay."orderId", rpay."orderId") AS "orderId",
           t.id AS "transferId", sender.email AS "senderEmail", t."recipientEmail"
      FROM postings p
     CROSS JOIN account
      JOIN journal_entries e ON e.id = p."entryId"
      LEFT JOIN payments pay ON e."eventType" LIKE 'payment.%' AND pay.id = e."eventId"
      LEFT JOIN merchants pm ON pm.id = pay."merchantId"
      LEFT JOIN refunds r ON e."eventType" LIKE 'refund.%' AND r.id = e."eventId"
      LEFT JOIN payments rpay ON rpay.id = r."paymentId"
      LEFT JOIN merchants rm ON rm.id = r."merchantId"
      LEFT JOIN wallet_transfers t ON e."eventType" LIKE 'transfer.%' AND t.id = e."eventId"
      LEFT JOIN users sender ON sender.id = t."senderId"
     WHERE p."accountId" = account.id AND p.id < ${cursor ?? INT8_MAX}::bigint ${filters}
     ORDER BY p.id DESC
     LIMIT ${limit + 1}`;
  const items = rows.slice(0, limit).map(toMovement);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? last.id : null };
}
