import type { Db } from "@/lib/db";
import { csvLine } from "@/lib/statements/statement-csv";
import { monthBounds } from "./commission-month";

export const COMMISSION_COLUMNS = [
  "accrued_at",
  "merchant_id",
  "merchant_name",
  "payment_id",
  "order_id",
  "payment_amount",
  "fee",
  "share_bps",
  "commission",
  "status",
  "payout_id",
] as const;

const PAGE = 1_000;

type AccrualStatus = "accrued" | "reversed" | "paid" | "payout_processing";

function statusOf(accrual: { reversedAt: Date | null; payout: { status: string } | null }): AccrualStatus {
  if (accrual.reversedAt) return "reversed";
  if (!accrual.payout) return "accrued";
  return accrual.payout.status === "PAID" ? "paid" : "payout_processing";
}

/**
 * An agent's commission statement for a Shanghai month: one line per payment whose fee earned it a
 * commission that month, then a total line. Amounts in fen. A reversed commission shows with its
 * amount and status `reversed`; the total counts what the agent keeps.
 */
export async function commissionStatementCsv(
  db: Db,
  options: { agentId: string; month: string },
): Promise<string> {
  const { start, end } = monthBounds(options.month);
  let csv = csvLine(COMMISSION_COLUMNS);
  let total = 0n;
  let cursor: string | undefined;
  for (;;) {
    const page = await db.commissionAccrual.findMany({
      where: {
        agentId: options.agentId,
        accruedAt: { gte: start, lt: end },
        ...(cursor ? { id: { gt: cursor } } : {}),
      },
      orderBy: { id: "asc" },
      take: PAGE,
      include: {
        merchant: { select: { name: true } },
        payout: { select: { status: true } },
      },
    });
    const payments = new Map(
      (
        await db.payment.findMany({
          where: { id: { in: page.map((accrual) => accrual.paymentId) } },
          select: { id: true, orderId: true, amount: true },
        })
      ).map((payment) => [payment.id, payment]),
    );
    for (const accrual of page) {
      const payment = payments.get(accrual.paymentId);
      const status = statusOf(accrual);
      if (status !== "reversed") total += accrual.amount;
      csv += csvLine([
        accrual.accruedAt.toISOString(),
        accrual.merchantId,
        accrual.merchant.name,
        accrual.paymentId,
        payment?.orderId ?? "",
        String(payment?.amount ?? ""),
        String(accrual.fee),
        String(accrual.shareBps),
        String(accrual.amount),
        status,
        accrual.payoutId ?? "",
      ]);
    }
    if (page.length < PAGE) break;
    cursor = page.at(-1)?.id;
  }
  return csv + csvLine(["total", "", "", "", "", "", "", "", String(total), "", ""]);
}

export type CommissionMonth = {
  month: string;
  payments: number;
  fees: bigint;
  accrued: bigint;
  reversed: bigint;
  paid: bigint;
};

/** An agent's commissions month by month (Shanghai months), newest first. */
export async function commissionMonths(db: Db, agentId: string): Promise<CommissionMonth[]> {
  const rows = await db.$queryRaw<
    { month: string; payments: bigint; fees: bigint; accrued: bigint; reversed: bigint; paid: bigint }[]
  >`
    SELECT to_char((a."accruedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
           COUNT(*)::bigint AS payments,
           SUM(a."fee")::bigint AS fees,
           SUM(a."amount")::bigint AS accrued,
           COALESCE(SUM(a."amount") FILTER (WHERE a."reversedAt" IS NOT NULL), 0)::bigint AS reversed,
           COALESCE(SUM(a."amount") FILTER (WHERE p."status" = 'PAID'), 0)::bigint AS paid
    FROM "commission_accruals" a LEFT JOIN "commission_payouts" p ON p."id" = a."payoutId"
    WHERE a."agentId" = ${agentId}
    GROUP BY 1 ORDER BY 1 DESC`;
  return rows.map((row) => ({ ...row, payments: Number(row.payments) }));
}
