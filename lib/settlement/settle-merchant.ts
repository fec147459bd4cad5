import type { Settlement } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { newId } from "@/lib/ids";
import { accounts, credit, debit, getLockedBalances, postEntry } from "@/lib/ledger";
import { reservedSplitAmount, settlementShares } from "@/lib/splits";
import { startOfShanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { loadBusinessCalendar, type BusinessCalendar } from "./business-days";

function minNonNegative(a: bigint, b: bigint): bigint {
  const least = a < b ? a : b;
  return least > 0n ? least : 0n;
}

/**
 * Settles one merchant for the Shanghai business day `day`: every succeeded payment paid before the
 * cut-off (start of the day `settlementDelayDays - 1` business days before `day`, so T+1 settles on
 * the next business day what was paid the day before) moves its net amount from pending to available,
 * in one ledger entry with the settlement row and the payments' marks. Refunds may already have taken
 * part of the pending money, so at most the pending balance moves. A platform merchant's split shares
 * go to its sub-merchants' available balances in the same entry (secondary clearing); the rest is its own. Null when there is nothing to
 * settle, `day` is not a business day, or the day was settled already (the unique key makes reruns and
 * concurrent workers safe).
 */
export async function settleMerchant(
  db: Db,
  options: { merchantId: string; day: string; calendar?: BusinessCalendar },
): Promise<Settlement | null> {
  const calendar = options.calendar ?? (await loadBusinessCalendar(db, options.day));
  if (!calendar.isBusinessDay(options.day)) return null;
  try {
    return await db.$transaction(async (tx) => {
      const merchant = await tx.merchant.findUniqueOrThrow({ where: { id: options.merchantId } });
      const cutoff = startOfShanghaiDay(
        calendar.businessDaysBefore(options.day, Math.max(1, merchant.settlementDelayDays) - 1),
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
          // A reversed payment's money already left the merchant (lib/payments/reverse-payment.ts).
          reversedAt: null,
          // A split payment waits while a refund is with the bank: if it fails, its take-back from the
          // shares returns to the platform's pending balance, and must not find the shares paid out.
          NOT: { AND: [{ splits: { some: {} } }, { refunds: { some: { status: "PROCESSING" } } }] },
        },
        select: { id: true, amount: true, fee: true },
      });
      if (due.length === 0) return null;
      const shares = await settlementShares(
        tx,
        due.map((p) => p.id),
      );
      const ownNet = due.reduce((sum, p) => sum + p.amount - p.fee, 0n) - shares.promised;
      // Pending money held for sub-merchants (these payments' shares and later ones') is not the
      // platform's; refunds may have spent the rest of its pending balance already.
      const pendingFree =
        (balances.get(pendingAccount.code) ?? 0n) - (await reservedSplitAmount(tx, merchant.id));
      const amount = minNonNegative(ownNet, pendingFree);
      const subLines = [...shares.owed].map(([subId, owed]) =>
        credit(accounts.merchantAvailable(subId), owed),
      );
      const toSubs = [...shares.owed.values()].reduce((sum, owed) => sum + owed, 0n);
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
      await tx.paymentSplit.updateMany({
        where: { id: { in: shares.splitIds } },
        data: { settlementId: settlement.id },
      });
      if (amount + toSubs > 0n) {
        await postEntry(tx, {
          eventType: "settlement.completed",
          eventId: settlement.id,
          description: `Settlement of ${due.length} payment(s) for ${options.day}`,
          lines: [
            debit(pendingAccount, amount + toSubs),
            credit(accounts.merchantAvailable(merchant.id), amount),
            ...subLines,
          ].filter((line) => line.amount !== 0n),
        });
      }
      return settlement;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
