"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { WALLET_ROLES } from "@/lib/auth/roles";
import { bankRegistry } from "@/lib/bank-gateway/registry";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { text } from "@/lib/forms/action-state";
import { kickWorker } from "@/lib/jobs/process-worker";
import { parseYuan } from "@/lib/money";
import { requestWalletWithdrawal } from "@/lib/withdrawals";

export type WithdrawField = "bank" | "cardNumber" | "accountName" | "amount" | "password";

export type WithdrawState =
  | { status: "idle" }
  | { status: "error"; field: WithdrawField | null; problem: string; values: Record<string, string> }
  | { status: "done"; amount: string; last4: string };

const FIELD_OF: Record<string, WithdrawField> = {
  bankCode: "bank",
  cardNumber: "cardNumber",
  accountName: "accountName",
  amount: "amount",
  password: "password",
};

/** "Withdraw" on /wallet/withdraw. The card number and password are never sent back to the page. */
export async function withdrawAction(_prev: WithdrawState, form: FormData): Promise<WithdrawState> {
  const user = await requireUser(WALLET_ROLES, "/wallet/withdraw");
  const values = {
    bank: text(form, "bank"),
    accountName: text(form, "accountName"),
    amount: text(form, "amount"),
  };
  const fail = (field: WithdrawField | null, problem: string): WithdrawState => ({
    status: "error",
    field,
    problem,
    values,
  });
  if (!values.amount.trim()) return fail("amount", "amountRequired");
  const amount = parseYuan(values.amount);
  if (!amount.ok)
    return fail("amount", amount.reason === "precision" ? "amountPrecision" : "amountMalformed");
  try {
    const withdrawal = await requestWalletWithdrawal(db, {
      userId: user.id,
      bankCode: values.bank,
      knownBanks: bankRegistry()
        .list()
        .map((bank) => bank.code),
      cardNumber: text(form, "cardNumber"),
      accountName: values.accountName,
      amount: amount.minor,
      password: text(form, "password"),
      idempotencyKey: text(form, "idempotencyKey"),
    });
    kickWorker();
    revalidatePath("/wallet");
    return { status: "done", amount: values.amount, last4: withdrawal.accountLast4 ?? "" };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const field = error.field ? (FIELD_OF[error.field] ?? null) : null;
    const problem =
      error.code === "insufficient_funds" ? "insufficient" : field ? `${field}Invalid` : "forbidden";
    return fail(field, problem);
  }
}
