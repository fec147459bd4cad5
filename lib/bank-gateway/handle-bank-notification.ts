import type { Db } from "@/lib/db";
import type { InboundMessage, NotificationAck } from "@/lib/banks";
import { applyPaymentResult } from "./apply-payment-result";
import { receiveBankMessage } from "./receive-bank-message";

/** A bank's asynchronous payment notification: verified, applied, acknowledged in the bank's own format. */
export function handleBankNotification(
  db: Db,
  bankCode: string,
  message: InboundMessage,
): Promise<NotificationAck> {
  return receiveBankMessage(db, bankCode, message, "notification", async (connector) =>
    applyPaymentResult(db, await connector.parseNotification(message), "notification"),
  );
}
