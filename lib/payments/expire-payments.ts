import type { Payment } from "@/generated/prisma/client";
import { db as defaultDb, type Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { finishUnpaid } from "./finish-payment";
import { hasPendingAttempt, lockPayment } from "./lock-payment";
import { EXPIRY_GRACE_FOR_PENDING_ATTEMPTS_MS, isDueToExpire } from "./payment-state";

export const EXPIRE_JOB = "payments.expire";
const BATCH = 100;

/**
 * Expires every pending payment past its expiresAt (and past the grace for an unanswered bank attempt),
 * a batch per transaction. Rows are taken FOR UPDATE SKIP LOCKED, so several workers share the work and
 * a payment being paid right now is left to its payer: if it is still pending, the next sweep takes it.
 */
export async function expireDuePayments(db: Db): Promise<number> {
  let total = 0;
  for (;;) {
    const at = now();
    const graceCutoff = new Date(at.getTime() - EXPIRY_GRACE_FOR_PENDING_ATTEMPTS_MS);
    const expired = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT p."id" FROM "payments" p
         WHERE p."status" = 'PENDING' AND p."expiresAt" <= ${at}
           AND (p."expiresAt" <= ${graceCutoff} OR NOT EXISTS (
                 SELECT 1 FROM "payment_attempts" a WHERE a."paymentId" = p."id" AND a."status" = 'PENDING'))
         ORDER BY p."expiresAt"
         LIMIT ${BATCH}
         FOR UPDATE OF p SKIP LOCKED`;
      for (const { id } of rows) {
        const payment = await tx.payment.findUniqueOrThrow({ where: { id } });
        await finishUnpaid(tx, payment, "EXPIRED");
      }
      return rows.length;
    });
    total += expired;
    if (expired < BATCH) return total;
  }
}

/**
 * Expires one payment now if it is due: reads (GET, close) then never show `pending` for a payment
 * whose time has passed, even between two sweeps.
 */
export async function expireIfDue(db: Db, payment: Payment): Promise<Payment> {
  if (payment.status !== "PENDING" || now().getTime() < payment.expiresAt.getTime()) return payment;
  return db.$transaction(async (tx) => {
    const locked = await lockPayment(tx, { id: payment.id });
    if (!locked) return payment;
    if (!isDueToExpire(locked, await hasPendingAttempt(tx, locked.id), now())) return locked;
    return finishUnpaid(tx, locked, "EXPIRED");
  });
}

/**
 * Job handler. lib/jobs/schedule.ts runs it every few seconds on some instance; payments held off by an
 * unanswered bank attempt, or skipped because they were locked, are simply taken by a later run.
 */
export async function expireJobHandler(): Promise<void> {
  await expireDuePayments(defaultDb);
}
