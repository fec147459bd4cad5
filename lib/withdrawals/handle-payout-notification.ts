import type { Db } from "@/lib/db";
import type { InboundMessage, NotificationAck } from "@/lib/banks";
import { receiveBankMessage } from "@/lib/bank-gateway/receive-bank-message";
import { recordBankMessage } from "@/lib/payments";
import { applyPayoutResult } from "./apply-payout-result";

/** A bank's asynchronous payout result: verified by its connector, applied once, acknowledged. */
export function handlePayoutNotification(
  db: Db,
  bankCode: string,
  message: InboundMessage,
): Promise<NotificationAck> {
  return receiveBankMessage(db, bankCode, message, "payout_notification", async (connector) => {
    const result = await connector.parsePayoutNotification(message);
    const verdict = await applyPayoutResult(db, result.payoutId, result);
    await recordBankMessage(db, {
      bankCode,
      direction: "IN",
      kind: "payout_notification",
      body: result.raw,
      verified: true,
      verdict,
    });
  });
}
