"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { bankRegistry } from "@/lib/bank-gateway/registry";
import { requireUser } from "@/lib/auth/session";
import { MERCHANT_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { text } from "@/lib/forms/action-state";
import { kickWorker } from "@/lib/jobs/process-worker";
import { parseYuan } from "@/lib/money";
import { registerBankAccount } from "@/lib/withdrawals/register-bank-account";
import { requestWithdrawal } from "@/lib/withdrawals/request-withdrawal";
import { requireDashboardMember } from "../_lib/gate";

const PATH = "/dashboard/withdrawals";

/** Runs the verb; an AppError comes back as a notice (its message says why: limit, balance, agreement). */
async function run(work: () => Promise<unknown>, done: string): Promise<never> {
  let query = `notice=${done}`;
  try {
    await work();
  } catch (error) {
    if (!isAppError(error)) throw error;
    query = `notice=${error.code}${error.field ? `&field=${error.field}` : ""}`;
  }
  revalidatePath(PATH);
  redirect(`${PATH}?${query}`);
}

export async function registerBankAccountAction(form: FormData): Promise<void> {
  await run(async () => {
    const gate = await requireDashboardMember("withdrawals.create", PATH);
    await registerBankAccount(db, {
      userId: gate.user.id,
      merchantId: gate.merchant.id,
      knownBanks: bankRegistry()
        .list()
        .map((bank) => bank.code),
      input: {
        bankCode: text(form, "bankCode"),
        accountName: text(form, "accountName"),
        accountNumber: text(form, "accountNumber"),
      },
    });
  }, "accountAdded");
}

/** The destination account names its merchant; the verb checks the member's permission there. */
export async function requestWithdrawalAction(form: FormData): Promise<void> {
  const user = await requireUser(MERCHANT_ROLES, PATH);
  const parsed = parseYuan(text(form, "amount"));
  await run(async () => {
    await requestWithdrawal(db, {
      userId: user.id,
      bankAccountId: text(form, "bankAccountId"),
      amount: parsed.ok ? parsed.minor : 0n,
    });
    kickWorker();
  }, "requested");
}
