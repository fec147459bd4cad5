import type { Db } from "@/lib/db";
import { isBankError, type BankConnector, type InboundMessage, type NotificationAck } from "@/lib/banks";
import { recordBankMessage } from "@/lib/payments";
import { bankRegistry } from "./registry";

const TEXT = "text/plain; charset=utf-8";

/**
 * The frame of every asynchronous message a bank posts (payment and refund results): `apply` verifies
 * and applies it with the bank's connector, and the bank gets its own acknowledgement. A forged or
 * unreadable message is kept as evidence and answered 400, so nothing changes.
 */
export async function receiveBankMessage(
  db: Db,
  bankCode: string,
  message: InboundMessage,
  kind: string,
  apply: (connector: BankConnector) => Promise<unknown>,
): Promise<NotificationAck> {
  const connector = bankRegistry().get(bankCode);
  if (!connector) return { status: 404, contentType: TEXT, body: "unknown bank" };
  try {
    await apply(connector);
    return connector.notificationAck;
  } catch (error) {
    if (!isBankError(error)) throw error;
    await recordBankMessage(db, {
      bankCode,
      direction: "IN",
      kind,
      body: message.body,
      verified: false,
      verdict: error.code,
    });
    return { status: 400, contentType: TEXT, body: "rejected" };
  }
}

/** A bank's POST as the connectors read it. */
export async function inboundMessageOf(request: Request): Promise<InboundMessage> {
  return {
    body: await request.text(),
    contentType: request.headers.get("content-type") ?? undefined,
    query: new URL(request.url).searchParams,
  };
}

/** The acknowledgement in the bank's own format. */
export function ackResponse(ack: NotificationAck): Response {
  return new Response(ack.body, { status: ack.status, headers: { "content-type": ack.contentType } });
}
