import { z } from "zod";
import type { PaymentAttempt } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { STRIPE_BANK_CODE } from "./stripe";

// Reads only: lib/payments owns these tables and every change goes through its verbs (startAttempt,
// recordAttemptResult, recordBankMessage). The acquirer needs to find its own attempts and what it sent.

export const CHARGE_REQUEST = "charge_request";

/** A foreign-card attempt by id; null for any other attempt. */
export async function findForeignCardAttempt(db: Db, attemptId: string): Promise<PaymentAttempt | null> {
  const attempt = await db.paymentAttempt.findUnique({ where: { id: attemptId } });
  return attempt?.bankCode === STRIPE_BANK_CODE ? attempt : null;
}

/** The payment's foreign-card attempt still waiting for Stripe's answer, if any. */
export function pendingForeignCardAttempt(db: Db, paymentId: string): Promise<PaymentAttempt | null> {
  return db.paymentAttempt.findFirst({
    where: { paymentId, bankCode: STRIPE_BANK_CODE, status: "PENDING" },
    orderBy: { createdAt: "desc" },
  });
}

const requestBody = z.object({ source: z.string().min(1) });
const answerBody = z.object({ chargeId: z.string().min(1) });

function parsed<T>(schema: z.ZodType<T>, body: string): T | null {
  try {
    const result = schema.safeParse(JSON.parse(body));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/**
 * What the timeline says about an attempt's charge: the card token it was sent with (to replay the
 * request) and the charge id, once any answer named one (to query it directly).
 */
export async function chargeTrail(
  db: Db,
  attemptId: string,
): Promise<{ source: string | null; chargeId: string | null }> {
  const messages = await db.bankMessage.findMany({
    where: { attemptId, bankCode: STRIPE_BANK_CODE },
    orderBy: { createdAt: "asc" },
    select: { direction: true, kind: true, body: true },
  });
  let source: string | null = null;
  let chargeId: string | null = null;
  for (const message of messages) {
    if (message.direction === "OUT" && message.kind === CHARGE_REQUEST) {
      source ??= parsed(requestBody, message.body)?.source ?? null;
    } else if (message.direction === "IN") {
      chargeId = parsed(answerBody, message.body)?.chargeId ?? chargeId;
    }
  }
  return { source, chargeId };
}
