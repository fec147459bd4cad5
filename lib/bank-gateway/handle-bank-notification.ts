import type { Db } from "@/lib/db";
import { isBankError, type InboundMessage, type NotificationAck } from "@/lib/banks";
import { recordBankMessage } from "@/lib/payments";
import { bankRegistry } from "./registry";
import { applyPaymentResult } from "./apply-payment-result";

/**
 * A bank's asynchronous payment notification: verified, applied, acknowledged in the bank's own format.
 * A forged or unreadable one is kept as evidence and answered 400, so nothing changes.
 */
export async function handleBankNotification(
  db: Db,
  bankCode: string,
  message: InboundMessage,
): Promise<NotificationAck> {
  const connector = bankRegistry().get(bankCode);
  if (!connector) return { status: 404, contentType: "text/plain; charset=utf-8", body: "unknown bank" };
  try {
    const result = await connector.parseNotification(message);
    await applyPaymentResult(db, result, "notification");
    return connector.notificationAck;
  } catch (error) {
    if (!isBankError(error)) throw error;
    await recordBankMessage(db, {
      bankCode,
      direction: "IN",
      kind: "notification",
      body: message.body,
      verified: false,
      verdict: error.code,
    });
    return { status: 400, contentType: "text/plain; charset=utf-8", body: "rejected" };
  }
}
