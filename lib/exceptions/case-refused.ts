import { AppError } from "@/lib/errors";

export const REFUSAL_REASONS = [
  "already_resolved",
  "unknown_attempt",
  "duplicate",
  "conflicting",
  "amount_mismatch",
  "unmatched",
  "not_a_bank_approval",
  "not_reversible",
  "has_refunds",
  "balance_insufficient",
  "nothing_to_adjust",
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** An action the case's facts do not allow; `reason` lets the console say why in the reader's language. */
export class CaseRefused extends AppError {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super("conflict", message);
    this.name = "CaseRefused";
  }
}
