import { z } from "zod";
import type { ExceptionKind, Prisma } from "@/generated/prisma/client";
import type { Mismatch, MismatchKind } from "./types";

// A case keeps the bank's line and the gateway's record as the run saw them. JSON has no bigint, so
// amounts are stored as strings of fen and parsed back here, in one place.

const fen = z
  .string()
  .regex(/^-?\d+$/)
  .transform(BigInt);
const at = z.string().transform((text) => new Date(text));

const bankLineSchema = z.object({
  kind: z.enum(["payment", "refund", "payout"]),
  reference: z.string(),
  bankRef: z.string(),
  amount: fen,
  fee: fen,
  status: z.enum(["succeeded", "failed"]),
  at,
});

const gatewayRecordSchema = z.object({
  kind: z.enum(["payment", "refund"]),
  reference: z.string(),
  bankRef: z.string().nullable(),
  amount: fen,
  status: z.enum(["succeeded", "failed"]),
  at,
});

const evidenceSchema = z.object({
  bank: bankLineSchema.nullable(),
  gateway: gatewayRecordSchema.nullable(),
  expectedFee: fen.nullable(),
});

export type CaseEvidence = z.infer<typeof evidenceSchema>;

export const EXCEPTION_KIND: Record<MismatchKind, ExceptionKind> = {
  missing_at_bank: "MISSING_AT_BANK",
  missing_at_gateway: "MISSING_AT_GATEWAY",
  status_differs: "STATUS_DIFFERS",
  amount_differs: "AMOUNT_DIFFERS",
  fee_differs: "FEE_DIFFERS",
};

export function evidenceJson(mismatch: Mismatch): Prisma.InputJsonObject {
  const { bank, gateway, expectedFee } = mismatch;
  return {
    bank: bank && {
      ...bank,
      amount: bank.amount.toString(),
      fee: bank.fee.toString(),
      at: bank.at.toISOString(),
    },
    gateway: gateway && { ...gateway, amount: gateway.amount.toString(), at: gateway.at.toISOString() },
    expectedFee: expectedFee?.toString() ?? null,
  };
}

export function parseEvidence(json: Prisma.JsonValue): CaseEvidence {
  return evidenceSchema.parse(json);
}

/** Bank minus gateway, in fen: of the amounts for an amount case, of the fees for a fee case. */
export function mismatchDelta(mismatch: Mismatch): bigint | null {
  const { bank, gateway } = mismatch;
  if (mismatch.kind === "amount_differs" && bank && gateway) return bank.amount - gateway.amount;
  if (mismatch.kind === "fee_differs" && bank && mismatch.expectedFee !== null) {
    return bank.fee - mismatch.expectedFee;
  }
  return null;
}

/**
 * What the bank's side of a movement does to the money it holds for the gateway: a payment it took
 * adds, a refund it paid out removes, a failed movement does nothing.
 */
function clearingEffect(side: { kind: string; amount: bigint; status: string } | null): bigint {
  if (!side || side.status !== "succeeded") return 0n;
  if (side.kind === "payment") return side.amount;
  if (side.kind === "refund") return -side.amount;
  return 0n;
}

/** How much more (or, negative, less) the bank holds than the gateway's books say, for this case. */
export function clearingDifference(evidence: CaseEvidence): bigint {
  return clearingEffect(evidence.bank) - clearingEffect(evidence.gateway);
}
