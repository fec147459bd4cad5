"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { WALLET_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { text } from "@/lib/forms/action-state";
import { parseYuan } from "@/lib/money";
import { startTopUp } from "@/lib/bank-gateway/start-top-up";

export type TopUpState =
  | { status: "idle" }
  | { status: "error"; field: "amount" | "bank"; problem: string; values: { amount: string; bank: string } };

/** "Top up": opens the top-up and its bank attempt, then sends the browser to the bank's own page. */
export async function topUpAction(_prev: TopUpState, form: FormData): Promise<TopUpState> {
  const user = await requireUser(WALLET_ROLES, "/wallet/top-up");
  const values = { amount: text(form, "amount"), bank: text(form, "bank") };
  const fail = (field: "amount" | "bank", problem: string): TopUpState => ({
    status: "error",
    field,
    problem,
    values,
  });
  if (!values.amount.trim()) return fail("amount", "amountRequired");
  const amount = parseYuan(values.amount);
  if (!amount.ok)
    return fail("amount", amount.reason === "precision" ? "amountPrecision" : "amountMalformed");
  if (amount.minor <= 0n) return fail("amount", "amountZero");
  if (!values.bank) return fail("bank", "bankRequired");
  let location: string;
  try {
    ({ location } = await startTopUp(db, {
      userId: user.id,
      email: user.email,
      amount: amount.minor,
      bankCode: values.bank,
    }));
  } catch (error) {
    if (isAppError(error) && error.field === "bankCode") return fail("bank", "bankUnavailable");
    if (isAppError(error) && error.field === "amount") return fail("amount", "amountMalformed");
    throw error;
  }
  redirect(location);
}
