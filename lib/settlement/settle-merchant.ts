import type { Settlement } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { newId } from "@/lib/ids";
import { accounts, getLockedBalances, postEntry, transferLines } from "@/lib/ledger";
import { startOfShanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { businessDaysBefore, isBusinessDay } from "./business-days";

/**
 * Settles one merchant for the Shanghai business day `day`: every succeeded payment paid before the
 * cut-off (start of the day `settlementDelayDays - 1` business days before `day`, so T+1 settles on
 * the next business day what was paid the day before) moves its net amount from pending to available,
 * in one ledger entry with the settlement row and the payments' marks. Refunds may already have taken
 * part of the pending money, so at most the pending balance moves. Null when there is nothing to
 * settle, `day` is not a business day, or the day was settled already (the unique key makes reruns and
 * concurrent workers safe).
 */
export async function settleMerchant(
  db: Db,
  options: { merchantId: string; day: string },
): Promise<Settlement | null> {
  if (!isBusinessDay(options.day)) return null;
  try {
    return await db.$transaction(async (tx) => {
      const merchant = await tx.merchant.findUniqueOrThrow({ where: { id: options.merchantId } });
      const cutoff = startOfShanghaiDay(
        businessDaysBefore(options.day, Math.max(1, merchant.settlementDelayDays) - 1),
      );
      const pendingAccount = accounts.merchantPending(merchant.id);
      const balances = await getLockedBalances(tx, [pendingAccount]);
      const due = await tx.payment.findMany({
        where: {
          merchantId: merchant.id,
          status: "SUCCEEDED",
          settlementId: null,
          // Wallet top-ups credit the wallet, not a merchant balance: nothing to settle.
          topUpUserId: null,
          paidAt: { lt: cutoff },
        },
        select: { id: true, amount: true, fee: true },
      });
      if (due.length === 0) return null;
      const net = due.reduce((sum, p) => sum + p.amount - p.fee, 0n);
      const pending = balances.get(pendingAccount.code) ?? 0n;
      const amount = net < pending ? net : pending;
      const settlement = await tx.settlement.create({
        data: {
          id: newId("stl"),
          merchantId: merchant.id,
          businessDay: options.day,
          amount,
          paymentCount: due.length,
        },
      });
      await tx.payment.updateMany({
        where: { id: { in: due.map((p) => p.id) }, settlementId: null },
        data: { settlementId: settlement.id },
      });
      if (amount > 0n) {
        await postEntry(tx, {
          eventType: "settlement.completed",
          eventId: settlement.id,
          description: `Settlement of ${due.length} payment(s) for ${options.day}`,
          lines: transferLines(pendingAccount, accounts.merchantAvailable(merchant.id), amount),
        });
      }
      return settlement;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
