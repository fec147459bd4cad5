import type { ExceptionCase } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { accounts, credit, debit, postEntry } from "@/lib/ledger";
import { queueMail } from "@/lib/mail/queue-mail";
import { paymentReversedMail } from "@/lib/mail/templates/reconciliation-mails";
import { merchantLocale } from "@/lib/onboarding/merchant-locale";
import { recordAttemptResult, reversePayment, type AttemptResultKind } from "@/lib/payments";
import { clearingDifference, type CaseEvidence } from "@/lib/reconciliation/case-evidence";
import type { ExceptionAction } from "./case-actions";
import { CaseRefused } from "./case-refused";

/** What an action did: the entry it posted and the merchant whose balance it changed, if any. */
export type ActionOutcome = { entryId: string | null; merchantId: string | null; detail: string };

type Context = { tx: Tx; exception: ExceptionCase; evidence: CaseEvidence };

const REFUSALS: Record<Exclude<AttemptResultKind, "succeeded" | "declined">, string> = {
  unknown_attempt:
    "The gateway has no attempt with this reference, so there is no payment to complete: find out with the bank, then accept the case.",
  duplicate: "The attempt is approved already (its answer arrived after the run): accept the case.",
  conflicting:
    "The gateway recorded another answer from the bank for this attempt (a decline): it cannot be completed from here. Check with the bank, then accept the case.",
  amount_mismatch:
    "The bank's amount is not the attempt's amount: the attempt cannot be completed. Check with the bank, then accept the case.",
  unmatched:
    "The payment is no longer pending (paid by another attempt, closed or expired): the bank's money belongs to the payer. Return it through the bank, then accept the case.",
};

/** The bank's approval applied through the payments verbs, exactly as a late notification would be. */
async function completePayment({ tx, evidence }: Context): Promise<ActionOutcome> {
  const line = evidence.bank;
  if (!line || line.kind !== "payment" || line.status !== "succeeded") {
    throw new CaseRefused("not_a_bank_approval", "Only a payment the bank approved can be completed.");
  }
  const { result, payment } = await recordAttemptResult(tx, {
    attemptId: line.reference,
    outcome: "approved",
    bankTxnId: line.bankRef || null,
    amount: line.amount,
  });
  // Throwing rolls back whatever recordAttemptResult wrote (e.g. an UNMATCHED attempt).
  if (result === "declined") throw new Error("an approval was recorded as a decline");
  if (result !== "succeeded") throw new CaseRefused(result, REFUSALS[result]);
  if (!payment) throw new Error("a succeeded attempt without its payment");
  const entry = await tx.journalEntry.findUniqueOrThrow({
    where: { eventType_eventId: { eventType: "payment.succeeded", eventId: payment.id } },
    select: { id: true },
  });
  return {
    entryId: entry.id,
    merchantId: payment.merchantId,
    detail: `payment ${payment.id} succeeded`,
  };
}

async function reverse({ tx, exception }: Context): Promise<ActionOutcome> {
  const { payment, entryId } = await reversePayment(tx, {
    attemptId: exception.reference,
    eventId: exception.id,
  }).catch((error: unknown) => {
    if (!isAppError(error)) throw error;
    const reason =
      error.code === "payment_not_refundable"
        ? "has_refunds"
        : error.code === "merchant_balance_insufficient"
          ? "balance_insufficient"
          : "not_reversible";
    throw new CaseRefused(reason, error.message);
  });
  const merchant = await tx.merchant.findUniqueOrThrow({ where: { id: payment.merchantId } });
  if (!payment.topUpUserId) {
    const locale = await merchantLocale(tx, merchant.id);
    await queueMail(
      tx,
      {
        to: merchant.email,
        ...paymentReversedMail(locale, {
          merchantName: merchant.name,
          orderId: payment.orderId,
          amount: payment.amount,
          net: payment.amount - payment.fee,
        }),
      },
      `payment.reversed:${payment.id}`,
    );
  }
  return { entryId, merchantId: payment.merchantId, detail: `payment ${payment.id} reversed` };
}

/** The bank charged `delta` more than its contract (less when negative): a bank-fee expense. */
async function adjustFee({ tx, exception }: Context): Promise<ActionOutcome> {
  const delta = exception.delta ?? 0n;
  if (delta === 0n) throw new CaseRefused("nothing_to_adjust", "There is no fee difference to book.");
  const [fees, clearing] = [accounts.bankFees(), accounts.bankClearing(exception.bankCode)];
  const magnitude = delta < 0n ? -delta : delta;
  const { entryId } = await postEntry(tx, {
    eventType: "reconciliation.fee_adjusted",
    eventId: exception.id,
    description: `Bank fee difference on ${exception.reference} (${exception.businessDay})`,
    lines:
      delta > 0n
        ? [debit(fees, magnitude), credit(clearing, magnitude)]
        : [debit(clearing, magnitude), credit(fees, magnitude)],
  });
  return { entryId, merchantId: null, detail: `bank fee adjusted by ${delta}` };
}

/** Books what the bank holds beyond (or short of) our books against suspense, to clear with the bank. */
async function postAdjustment({ tx, exception, evidence }: Context): Promise<ActionOutcome> {
  const delta = clearingDifference(evidence);
  if (delta === 0n) {
    throw new CaseRefused(
      "nothing_to_adjust",
      "The bank and the gateway hold the same amount: nothing to adjust.",
    );
  }
  const [suspense, clearing] = [accounts.reconciliationSuspense(), accounts.bankClearing(exception.bankCode)];
  const magnitude = delta < 0n ? -delta : delta;
  const { entryId } = await postEntry(tx, {
    eventType: "reconciliation.adjusted",
    eventId: exception.id,
    description: `Reconciliation difference on ${exception.reference} (${exception.businessDay})`,
    lines:
      delta > 0n
        ? [debit(clearing, magnitude), credit(suspense, magnitude)]
        : [debit(suspense, magnitude), credit(clearing, magnitude)],
  });
  return { entryId, merchantId: null, detail: `bank clearing adjusted by ${delta}` };
}

async function accept(): Promise<ActionOutcome> {
  return { entryId: null, merchantId: null, detail: "accepted" };
}

const HANDLERS: Record<ExceptionAction, (context: Context) => Promise<ActionOutcome>> = {
  complete_payment: completePayment,
  reverse_payment: reverse,
  adjust_fee: adjustFee,
  post_adjustment: postAdjustment,
  accept,
};

/** Carries out `action` for a locked, open case in the caller's transaction. */
export function applyAction(action: ExceptionAction, context: Context): Promise<ActionOutcome> {
  return HANDLERS[action](context);
}
