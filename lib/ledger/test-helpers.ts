import type { Db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { accounts, type AccountSpec } from "./accounts";
import { credit, debit } from "./entry";
import { postEntryStandalone } from "./post-entry";

/** A wallet account for a user id nobody else uses: tests share one database. */
export function freshWallet(): AccountSpec {
  return accounts.wallet(newId("usr"));
}

/** Puts demo money into an account (from the demo funding account). */
export async function fund(db: Db, account: AccountSpec, amount: bigint): Promise<void> {
  await postEntryStandalone(db, {
    eventType: "test.funding",
    eventId: newId("evt"),
    description: `Test funding of ${account.code}`,
    lines: [debit(accounts.demoFunding(), amount), credit(account, amount)],
  });
}
