import type { ReactNode } from "react";

export type BadgeTone = "success" | "warning" | "danger" | "neutral" | "info";

// Text on these backgrounds keeps at least 4.5:1 contrast; the word, not the colour, carries the meaning.
const TONES: Record<BadgeTone, string> = {
  success: "bg-green-100 text-green-900 ring-green-700/30",
  warning: "bg-amber-100 text-amber-900 ring-amber-700/30",
  danger: "bg-red-100 text-red-900 ring-red-700/30",
  neutral: "bg-slate-100 text-slate-800 ring-slate-600/30",
  info: "bg-brand-50 text-brand-900 ring-brand-600/30",
};

export function StatusBadge({
  tone,
  children,
  testId,
}: {
  tone: BadgeTone;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <span
      data-testid={testId}
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}

const PAYMENT_TONES: Record<string, BadgeTone> = {
  PENDING: "warning",
  SUCCEEDED: "success",
  REVERSED: "danger",
  FAILED: "danger",
  EXPIRED: "neutral",
  CLOSED: "neutral",
  APPROVED: "success",
  DECLINED: "danger",
  REJECTED: "danger",
  UNMATCHED: "warning",
  DELIVERED: "success",
  DELIVERING: "info",
  ACTIVE: "success",
  REVOKED: "neutral",
  PROCESSING: "info",
};

/** A payment's status as the dashboard shows it: a succeeded payment reconciliation reversed is REVERSED. */
export function shownPaymentStatus(payment: { status: string; reversedAt: Date | null }): string {
  return payment.reversedAt ? "REVERSED" : payment.status;
}

/** The badge tone for a payment, attempt, notification or key status. */
export function toneOf(status: string): BadgeTone {
  return PAYMENT_TONES[status] ?? "neutral";
}
