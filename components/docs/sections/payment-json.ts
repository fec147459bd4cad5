// Example payment objects, as the gateway returns them.

export function paymentJson(origin: string, status: "pending" | "succeeded"): string {
  const paid = status === "succeeded";
  const payment = {
    id: "pay_01jd8x2k3m4n5p6q7r8s9t0v1w",
    orderId: "A1001",
    amount: 1999,
    currency: "CNY",
    subject: "Blue mug",
    status,
    checkoutUrl: `${origin}/pay/Zm9vYmFyYmF6cXV4cXV1eHF1dXo`,
    method: paid ? "bank_card" : null,
    bank: paid ? "icmb" : null,
    amountRefunded: 0,
    fee: paid ? 12 : 0,
    createdAt: "2026-11-22T08:00:00.000Z",
    expiresAt: "2026-11-22T10:00:00.000Z",
    paidAt: paid ? "2026-11-22T08:03:12.417Z" : null,
    metadata: { cart: "77" },
  };
  return JSON.stringify(payment, null, 2);
}

export const REFUND_JSON = JSON.stringify(
  {
    id: "rf_01jd9a7c2e4g6j8k0m2p4r6t8v",
    refundId: "R1001-1",
    orderId: "A1001",
    amount: 500,
    currency: "CNY",
    status: "processing",
    reason: "damaged",
    createdAt: "2026-11-23T02:15:00.000Z",
    completedAt: null,
  },
  null,
  2,
);
