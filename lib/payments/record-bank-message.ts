import type { MessageDirection } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { redactSecrets } from "./redact";

export type BankMessageInput = {
  bankCode: string;
  direction: MessageDirection;
  /** payment_request, notification, query, query_answer, return, refund_request … */
  kind: string;
  /** The raw message as sent or received; card numbers and secrets are masked before storing. */
  body: string;
  /** false for a message whose bank signature did not verify (a forgery or a broken bank). */
  verified: boolean;
  /** What the gateway made of it: accepted, duplicate, forged, amount_mismatch, unknown_attempt … */
  verdict?: string;
  attemptId?: string | null;
  paymentId?: string | null;
};

// Enough for any bank message; a larger body is most likely an attack and is cut, not stored whole.
const MAX_BODY_CHARS = 64 * 1024;

/**
 * Keeps a message exchanged with a bank for the payment's timeline. Forged messages are kept too (with
 * verified = false): they are evidence. Pass `paymentId`/`attemptId` only for ids the gateway knows.
 */
export async function recordBankMessage(db: Db | Tx, input: BankMessageInput): Promise<{ id: string }> {
  const id = newId("bmsg");
  // Raw: one of these is written for every message on a payment's path.
  await db.$executeRaw`
    INSERT INTO "bank_messages"
           ("id", "bankCode", "direction", "kind", "paymentId", "attemptId", "verified", "verdict", "body",
            "createdAt")
    VALUES (${id}, ${input.bankCode.slice(0, 64)}, ${input.direction}::"MessageDirection",
            ${input.kind.slice(0, 64)}, ${input.paymentId ?? null}, ${input.attemptId ?? null}, ${input.verified},
            ${input.verdict?.slice(0, 64) ?? null}, ${redactSecrets(input.body.slice(0, MAX_BODY_CHARS))}, ${now()})`;
  return { id };
}
