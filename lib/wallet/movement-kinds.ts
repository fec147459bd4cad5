/**
 * What a wallet movement was, read from its ledger entry's event type: the part before the first dot
 * (`payment.succeeded` → payment). Modules that move wallet money name their events `<kind>.<what>`;
 * top-ups and withdrawals are expected as `topup.*` and `withdrawal.*`, anything else is "other".
 */
export const MOVEMENT_KINDS = ["payment", "refund", "transfer", "topup", "withdrawal", "other"] as const;

export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** The kinds named by an event-type prefix (all but "other"). */
export const NAMED_KINDS = MOVEMENT_KINDS.filter((kind) => kind !== "other");

export function movementKindOf(eventType: string): MovementKind {
  const prefix = eventType.split(".", 1)[0] ?? "";
  return NAMED_KINDS.find((kind) => kind === prefix) ?? "other";
}

export const DIRECTIONS = ["in", "out"] as const;

export type Direction = (typeof DIRECTIONS)[number];
