export { MAX_SPLITS, shareReversedAt, type SplitInstruction } from "./split-rules";
export { checkSplitInstructions } from "./check-split-instructions";
export { reservedSplitAmount } from "./reserved-split-amount";
export { planSplitReversal, type SplitReversalPart } from "./plan-split-reversal";
export {
  recordSplitReversals,
  restoreSplitReversals,
  type RecordedSplitReversal,
} from "./record-split-reversals";
export { settlementShares, type SettlementShares } from "./settlement-shares";
export { reverseSplitShares } from "./reverse-split-shares";
