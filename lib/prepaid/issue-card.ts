import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { hashPassword } from "@/lib/auth/password";
import { accounts, credit, debit, postEntry, type AccountSpec } from "@/lib/ledger";
import {
  hashCardNumber,
  normalizeCardNumber,
  PREPAID_NUMBER_PATTERN,
  PREPAID_PIN_PATTERN,
} from "./card-secrets";

export type IssueCardInput = {
  number: string;
  pin: string;
  /** The card's starting value, in fen. */
  amount: bigint;
  /** Where the value comes from (the card sale's proceeds; demo funding for test cards). */
  fundedFrom: AccountSpec;
};

/**
 * Issues a prepaid card with a starting balance, idempotently: issuing the same number again returns the
 * existing card and moves no money (the ledger entry is keyed by the card).
 */
export async function issuePrepaidCard(
  db: Db,
  input: IssueCardInput,
): Promise<{ cardId: string; issued: boolean }> {
  const number = normalizeCardNumber(input.number);
  if (!PREPAID_NUMBER_PATTERN.test(number))
    throw new AppError("invalid_request", "A card number has 16 digits.", "number");
  if (!PREPAID_PIN_PATTERN.test(input.pin))
    throw new AppError("invalid_request", "A PIN has 6 digits.", "pin");
  if (input.amount <= 0n)
    throw new AppError("invalid_request", "The starting value must be positive.", "amount");
  const numberHash = await hashCardNumber(db, number);
  const existing = await db.prepaidCard.findUnique({ where: { numberHash } });
  if (existing) return { cardId: existing.id, issued: false };
  const pinHash = await hashPassword(input.pin);
  return db.$transaction(async (tx) => {
    const card = await tx.prepaidCard.create({
      data: { id: newId("ppc"), numberHash, last4: number.slice(-4), pinHash },
    });
    await postEntry(tx, {
      eventType: "prepaid.issued",
      eventId: card.id,
      description: `Prepaid card •••• ${card.last4} issued`,
      lines: [debit(input.fundedFrom, input.amount), credit(accounts.prepaidCard(card.id), input.amount)],
    });
    return { cardId: card.id, issued: true };
  });
}
