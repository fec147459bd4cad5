import type { NormalSide } from "@/generated/prisma/client";

/**
 * The chart of accounts. Every ledger account is one of these kinds; its `code` ("<kind>" or
 * "<kind>:<ref>") is stable, unique and the only way other modules name an account. Accounts are not
 * created up front: postEntry creates an account the first time something is posted to it.
 *
 * Normal side: CREDIT-normal accounts (what the gateway owes: wallets, merchant balances, revenue) go
 * up with positive posting amounts; DEBIT-normal accounts (what the gateway holds: money at banks) go
 * up with negative ones. Balances are stored in that normal direction, so a wallet's balance is simply
 * what its owner can spend.
 */
export type AccountSpec = {
  readonly kind: AccountKind;
  readonly code: string;
  readonly name: string;
  readonly normalSide: NormalSide;
  /** Only accounts that mirror an outside system may go below zero; the database enforces the rest. */
  readonly allowNegative: boolean;
};

export const ACCOUNT_KINDS = {
  /** A wallet user's spendable money: a liability of the gateway to that user. */
  wallet: { normalSide: "CREDIT", allowNegative: false, perOwner: true, label: "Wallet" },
  /** A merchant's takings not yet settled (still refundable against, not yet withdrawable). */
  merchant_pending: { normalSide: "CREDIT", allowNegative: false, perOwner: true, label: "Merchant pending" },
  /** A merchant's settled money, which it may withdraw. */
  merchant_available: {
    normalSide: "CREDIT",
    allowNegative: false,
    perOwner: true,
    label: "Merchant available",
  },
  /**
   * Commissions an agent has earned on its merchants' fees and not been paid yet: a liability to the
   * agent, carved out of the fee when each payment succeeds and emptied by the monthly payout.
   */
  agent_commissions: {
    normalSide: "CREDIT",
    allowNegative: false,
    perOwner: true,
    label: "Agent commissions",
  },
  /** The gateway's fee income. */
  platform_fees: { normalSide: "CREDIT", allowNegative: false, perOwner: false, label: "Platform fees" },
  /** Money sent to an email address that has not been claimed yet: owed, but to nobody in particular. */
  pending_claims: {
    normalSide: "CREDIT",
    allowNegative: false,
    perOwner: false,
    label: "Unclaimed transfers",
  },
  /**
   * Refunds accepted from merchants and sent to a bank or acquirer that has not paid them out yet:
   * owed to the payers until the bank confirms (then it leaves bank clearing) or refuses (then it
   * goes back to the merchant).
   */
  refunds_in_transit: {
    normalSide: "CREDIT",
    allowNegative: false,
    perOwner: false,
    label: "Refunds in transit",
  },
  /** The stored value on a Paylane prepaid card: owed to whoever holds the card. */
  prepaid_card: { normalSide: "CREDIT", allowNegative: false, perOwner: true, label: "Prepaid card" },
  /**
   * Money held at (or owed by) a bank: an asset. It mirrors an external system whose timing differs
   * from ours (refunds can leave before takings arrive), so it may go negative.
   */
  bank_clearing: { normalSide: "DEBIT", allowNegative: true, perOwner: true, label: "Bank clearing" },
  /**
   * What banks charge the gateway beyond what it has booked: an expense. The gateway does not book
   * banks' contract fees yet, only the differences reconciliation finds, and a bank that charged less
   * than its contract says leaves a negative difference, so it may go below zero.
   */
  bank_fees: { normalSide: "DEBIT", allowNegative: true, perOwner: false, label: "Bank fees" },
  /**
   * Differences between a bank's books and ours that an operator booked without knowing yet where the
   * money belongs (an amount or a status the bank reports otherwise): a receivable from (or, below
   * zero, a payable to) the bank, to clear with it.
   */
  reconciliation_suspense: {
    normalSide: "DEBIT",
    allowNegative: true,
    perOwner: false,
    label: "Reconciliation suspense",
  },
  /**
   * Where demo and test money comes from. Its balance is the total injected from outside the
   * payment flow; it mirrors nothing real, so it may be anything.
   */
  demo_funding: { normalSide: "DEBIT", allowNegative: true, perOwner: false, label: "Demo funding" },
} as const satisfies Record<
  string,
  { normalSide: NormalSide; allowNegative: boolean; perOwner: boolean; label: string }
>;

export type AccountKind = keyof typeof ACCOUNT_KINDS;

// References (the owner's id, the bank's code) end up inside codes: keep them to id-like characters so
// codes stay unambiguous and parseable.
const REF_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

function isValidRef(kind: AccountKind, ref: string | undefined): boolean {
  return ACCOUNT_KINDS[kind].perOwner ? ref !== undefined && REF_PATTERN.test(ref) : ref === undefined;
}

function spec(kind: AccountKind, ref?: string): AccountSpec {
  if (!isValidRef(kind, ref)) {
    throw new Error(`Invalid ledger account reference for ${kind}: ${JSON.stringify(ref)}`);
  }
  const { normalSide, allowNegative, label } = ACCOUNT_KINDS[kind];
  return {
    kind,
    code: ref === undefined ? kind : `${kind}:${ref}`,
    name: ref === undefined ? label : `${label} ${ref}`,
    normalSide,
    allowNegative,
  };
}

/** The catalogue: build account specs here, never by hand-writing codes. */
export const accounts = {
  wallet: (userId: string) => spec("wallet", userId),
  merchantPending: (merchantId: string) => spec("merchant_pending", merchantId),
  merchantAvailable: (merchantId: string) => spec("merchant_available", merchantId),
  platformFees: () => spec("platform_fees"),
  agentCommissions: (agentId: string) => spec("agent_commissions", agentId),
  pendingClaims: () => spec("pending_claims"),
  refundsInTransit: () => spec("refunds_in_transit"),
  bankClearing: (bankCode: string) => spec("bank_clearing", bankCode),
  prepaidCard: (cardId: string) => spec("prepaid_card", cardId),
  demoFunding: () => spec("demo_funding"),
  bankFees: () => spec("bank_fees"),
  reconciliationSuspense: () => spec("reconciliation_suspense"),
} as const;

function isAccountKind(kind: string): kind is AccountKind {
  return Object.hasOwn(ACCOUNT_KINDS, kind);
}

/** The spec behind a stored code ("wallet:usr_…"), or undefined if the code is not in the catalogue. */
export function accountFromCode(code: string): AccountSpec | undefined {
  const colon = code.indexOf(":");
  const kind = colon === -1 ? code : code.slice(0, colon);
  const ref = colon === -1 ? undefined : code.slice(colon + 1);
  if (!isAccountKind(kind) || !isValidRef(kind, ref)) return undefined;
  return spec(kind, ref);
}
