import type { PaymentStatus } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";

/**
 * The payment state machine, in one place. A payment starts PENDING and leaves it at most once, for one
 * of the final statuses; nothing leaves a final status (the database refuses it too, see the trigger
 * payments_guard_update). Declined attempts do not move the payment: the shopper may try again.
 */
const TRANSITIONS: Readonly<Record<PaymentStatus, readonly PaymentStatus[]>> = {
  PENDING: ["SUCCEEDED", "FAILED", "EXPIRED", "CLOSED"],
  SUCCEEDED: [],
  FAILED: [],
  EXPIRED: [],
  CLOSED: [],
};

export function canTransition(from: PaymentStatus, to: PaymentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isFinal(status: PaymentStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

/** Throws unless `from → to` is allowed; a bug in the caller, so it surfaces as a 500, never a 4xx. */
export function assertTransition(from: PaymentStatus, to: PaymentStatus): void {
  if (!canTransition(from, to)) {
    throw new Error(`payment cannot go from ${from} to ${to}`);
  }
}

// A bank attempt still waiting for its bank's answer holds off expiry for this long after expiresAt, so
// that a shopper who paid at the last minute is not expired while the background query finds out.
export const EXPIRY_GRACE_FOR_PENDING_ATTEMPTS_MS = 30 * 60_000;

/** Whether a pending payment is past its expiry at `at`, given whether it has an unanswered attempt. */
export function isDueToExpire(
  payment: { status: PaymentStatus; expiresAt: Date },
  hasPendingAttempt: boolean,
  at: Date,
): boolean {
  if (payment.status !== "PENDING") return false;
  const deadline =
    payment.expiresAt.getTime() + (hasPendingAttempt ? EXPIRY_GRACE_FOR_PENDING_ATTEMPTS_MS : 0);
  return at.getTime() >= deadline;
}

/** Whether a shopper may start paying now: pending and not past expiresAt (no grace for new tries). */
export function assertPayable(payment: { status: PaymentStatus; expiresAt: Date }, at: Date): void {
  if (payment.status !== "PENDING") {
    throw new AppError(
      "conflict",
      `The payment is ${payment.status.toLowerCase()} and can no longer be paid.`,
    );
  }
  if (at.getTime() >= payment.expiresAt.getTime()) {
    throw new AppError("conflict", "The payment has expired and can no longer be paid.");
  }
}
