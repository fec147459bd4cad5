import type { Db } from "@/lib/db";
import type { InboundMessage, NotificationAck } from "@/lib/banks";
import { recordBankMessage } from "@/lib/payments";
import { receiveBankMessage } from "@/lib/bank-gateway/receive-bank-message";
import { applyRefundAnswer } from "./apply-refund-answer";
import { answerFromBank } from "./refund-answers";

/** A bank's asynchronous refund result: verified, applied once, acknowledged in the bank's own format. */
export function handleRefundNotification(
  db: Db,
  bankCode: string,
  message: InboundMessage,
): Promise<NotificationAck> {
  return receiveBankMessage(db, bankCode, message, "refund_notification", async (connector) => {
    const result = await connector.parseRefundNotification(message);
    const verdict = await applyRefundAnswer(db, result.refundId, answerFromBank(result));
    const refund = await db.refund.findUnique({
      where: { id: result.refundId },
      select: { paymentId: true, payment: { select: { paidAttemptId: true } } },
    });
    await recordBankMessage(db, {
      bankCode,
      direction: "IN",
      kind: "refund_notification",
      body: result.raw,
      verified: true,
      verdict,
      paymentId: refund?.paymentId ?? null,
      attemptId: refund?.payment.paidAttemptId ?? null,
    });
  });
}
