// Test support for statements: a pinned clock, refunds that finish on a chosen day, payments reversed by
// reconciliation, the ledger's view of a merchant's day, and a reader for the CSV the statements write.
import { randomBytes } from "node:crypto";
import { parse } from "csv-parse/sync";
import { expect } from "vitest";
import type { Payment, Refund } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { nowMs, setClockOffset } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { accounts } from "@/lib/ledger";
import { shanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { resolveCase } from "@/lib/exceptions/resolve-case";
import { evidenceJson } from "@/lib/reconciliation/case-evidence";
import { createRefund } from "@/lib/refunds";
import { completeRefund, failRefund } from "@/lib/refunds/finish-refund";
import type { StatementPeriod } from "./statement-period";

/** Moves the one clock so that it reads `iso` now (it keeps ticking from there). */
export function pinClock(iso: string): void {
  setClockOffset(0);
  setClockOffset(Date.parse(iso) - nowMs());
}

/** A refund through the real verb; bank-card refunds stay processing until `settleBankRefund`. */
export async function refund(merchantId: string, payment: Payment, amount: bigint): Promise<Refund> {
  const { refund: created } = await createRefund(db, {
    merchantId,
    orderId: payment.orderId,
    refundId: `R${randomBytes(6).toString("hex")}`,
    amount,
    source: "api",
  });
  return created;
}

/** What a bank's answer does to a processing refund, now: it completes or fails. */
export async function settleBankRefund(refundRow: Refund, outcome: "succeeded" | "failed"): Promise<Refund> {
  return db.$transaction(async (tx) => {
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: refundRow.paymentId } });
    const completedAt = new Date(nowMs());
    return outcome === "succeeded"
      ? completeRefund(tx, refundRow, payment, { completedAt })
      : failRefund(tx, refundRow, payment, { completedAt, reason: "declined by the bank" });
  });
}

/**
 * Reverses a bank-card payment, now, the way an admin does: reconciliation found it missing at the
 * bank, and the case is resolved with `reverse_payment`. Returns the reversal's journal entry.
 */
export async function reverseByReconciliation(payment: Payment): Promise<{ id: string; createdAt: Date }> {
  const attempt = await db.paymentAttempt.findUniqueOrThrow({ where: { id: payment.paidAttemptId ?? "" } });
  const bankCode = attempt.bankCode ?? "";
  const decidedAt = attempt.decidedAt ?? new Date(nowMs());
  const businessDay = shanghaiDay(decidedAt);
  const run = await db.reconciliationRun.create({
    data: { id: newId("rcn"), bankCode, businessDay, trigger: "operator", status: "SUCCEEDED" },
  });
  const gateway = {
    kind: "payment" as const,
    reference: attempt.id,
    bankRef: attempt.bankTxnId,
    amount: attempt.amount,
    status: "succeeded" as const,
    at: decidedAt,
  };
  const exception = await db.exceptionCase.create({
    data: {
      id: newId("exc"),
      runId: run.id,
      lastSeenRunId: run.id,
      bankCode,
      businessDay,
      kind: "MISSING_AT_BANK",
      reference: attempt.id,
      paymentId: payment.id,
      evidence: evidenceJson({
        kind: "missing_at_bank",
        reference: attempt.id,
        bank: null,
        gateway,
        expectedFee: 0n,
      }),
    },
  });
  const admin = { id: "usr_test_admin", email: "admin@paylane.local", role: "ADMIN" as const };
  await resolveCase(db, { caseId: exception.id, action: "reverse_payment", note: "", actor: admin });
  return db.journalEntry.findUniqueOrThrow({
    where: { eventType_eventId: { eventType: "payment.reversed", eventId: exception.id } },
    select: { id: true, createdAt: true },
  });
}

/**
 * How much the merchant's balances (pending + available) changed in a period through payments, their
 * reversals and refunds, from the ledger's postings: what a statement's `net` column must add up to.
 */
export async function ledgerNetChange(merchantId: string, period: StatementPeriod): Promise<bigint> {
  const codes = [accounts.merchantPending(merchantId).code, accounts.merchantAvailable(merchantId).code];
  const [row] = await db.$queryRaw<{ net: bigint }[]>`
    SELECT COALESCE(SUM(p.amount), 0)::bigint AS net
      FROM postings p
      JOIN ledger_accounts a ON a.id = p."accountId"
      JOIN journal_entries e ON e.id = p."entryId"
     WHERE a.code = ANY(${codes}::text[])
       AND e."createdAt" >= ${period.from} AND e."createdAt" < ${period.to}
       AND (e."eventType" IN ('payment.succeeded', 'payment.reversed') OR e."eventType" LIKE 'refund.%')`;
  return row?.net ?? 0n;
}

/**
 * The merchant's refunds accepted by `at` but not finished yet (sent to a bank that has not answered):
 * the ledger takes a refund off the merchant when it is accepted, the statement lists it when it
 * completes, and this is the difference between the two at any instant.
 */
export async function refundsInTransitAt(merchantId: string, at: Date): Promise<bigint> {
  const [row] = await db.$queryRaw<{ total: bigint }[]>`
    SELECT COALESCE(SUM(amount), 0)::bigint AS total
      FROM refunds
     WHERE "merchantId" = ${merchantId} AND "createdAt" < ${at}
       AND ("completedAt" IS NULL OR "completedAt" >= ${at})`;
  return row?.total ?? 0n;
}

export type CsvRecord = Record<string, string>;

/** Reads a statement's CSV as a merchant's CSV library would (RFC 4180), checking its line ends. */
export function readCsv(text: string): { header: string[]; records: CsvRecord[] } {
  expect(text.endsWith("\n")).toBe(true);
  expect(text).not.toContain("\r");
  const parsed: string[][] = parse(text);
  const [header = [], ...rows] = parsed;
  const records = rows.map((fields) => {
    expect(fields).toHaveLength(header.length);
    return Object.fromEntries(header.map((name, index) => [name, fields[index] ?? ""]));
  });
  return { header, records };
}

export function sumColumn(records: CsvRecord[], column: string): bigint {
  return records.reduce((sum, record) => sum + BigInt(record[column] ?? "0"), 0n);
}
