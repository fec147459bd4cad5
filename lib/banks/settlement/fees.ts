import type { BankFeeRule, SettlementKind } from "../types";

/** The fee a bank's contract says it charges for a movement: half-up to the fen, nothing when failed. */
export function expectedSettlementFee(
  rule: BankFeeRule,
  line: { kind: SettlementKind; amount: bigint; status: "succeeded" | "failed" },
): bigint {
  if (line.status === "failed") return 0n;
  if (line.kind === "payout") return rule.payoutFen;
  const bps = BigInt(line.kind === "payment" ? rule.paymentBps : rule.refundBps);
  return (line.amount * bps + 5_000n) / 10_000n;
}
