import type { Payment, Refund } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { accounts, credit, debit, postEntry, type EntryLine } from "@/lib/ledger";
import { changeRefundedAmount } from "@/lib/payments";
import { queueNotification } from "@/lib/notify/queue-notification";
import { restoreSplitReversals } from "@/lib/splits";
import { serializeRefund } from "./serialize-refund";

async function notifyMerchant(tx: Tx, refund: Refund, payment: Payment): Promise<void> {
  await queueNotification(tx, {
    merchantId: refund.merchantId,
    paymentId: payment.id,
    refundId: refund.id,
    type: refund.status === "SUCCEEDED" ? "refund.succeeded" : "refund.failed",
    data: serializeRefund({ ...refund, payment }),
    notifyUrl: payment.notifyUrl,
  });
}

/**
 * A refund reaches `succeeded`: the money's last move (into the wallet or card, or out of refunds in
 * transit to the bank that paid it back), the status and the merchant's notification, in the caller's
 * transaction. The entry is keyed by the refund id, so the same refund can never be posted twice.
 * `lines` default to the bank route's: refunds in transit → the bank's clearing account.
 */
export async function completeRefund(
  tx: Tx,
  refund: Refund,
  payment: Payment,
  options: { completedAt: Date; lines?: EntryLine[]; bankRefundId?: string | null },
): Promise<Refund> {
  const lines = options.lines ?? [
    debit(accounts.refundsInTransit(), refund.amount),
    credit(accounts.bankClearing(refund.bankCode ?? "unknown"), refund.amount),
  ];
  await postEntry(tx, {
    eventType: "refund.succeeded",
    eventId: refund.id,
    description: `Refund ${refund.refundId} of order ${payment.orderId}`,
    lines,
  });
  const updated = await tx.refund.update({
    where: { id: refund.id },
    data: {
      status: "SUCCEEDED",
      completedAt: options.completedAt,
      nextQueryAt: null,
      bankRefundId: options.bankRefundId ?? refund.bankRefundId,
    },
  });
  await notifyMerchant(tx, updated, payment);
  return updated;
}

/**
 * A refund the bank refused or could not pay: the money goes back to the balances it came from (the
 * merchant's, and the sub-merchants' for a settled split payment), the split shares get their parts back, the payment's refundable amount is restored, and the merchant is told. `payment` must be locked.
 */
export async function failRefund(
  tx: Tx,
  refund: Refund,
  payment: Payment,
  options: { completedAt: Date; reason: string; bankRefundId?: string | null },
): Promise<Refund> {
  const payers = [refund, ...(await restoreSplitReversals(tx, refund))];
  await postEntry(tx, {
    eventType: "refund.failed",
    eventId: refund.id,
    description: `Refund ${refund.refundId} of order ${payment.orderId} failed: ${options.reason}`,
    lines: [
      debit(accounts.refundsInTransit(), refund.amount),
      ...payers.flatMap((payer) => [
        credit(accounts.merchantPending(payer.merchantId), payer.fromPending),
        credit(accounts.merchantAvailable(payer.merchantId), payer.fromAvailable),
      ]),
    ].filter((line) => line.amount !== 0n),
  });
  await changeRefundedAmount(tx, payment, -refund.amount);
  const updated = await tx.refund.update({
    where: { id: refund.id },
    data: {
      status: "FAILED",
      failureReason: options.reason.slice(0, 200),
      completedAt: options.completedAt,
      nextQueryAt: null,
      bankRefundId: options.bankRefundId ?? refund.bankRefundId,
    },
  });
  await notifyMerchant(tx, updated, payment);
  return updated;
}
