"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { bankRegistry } from "@/lib/bank-gateway/registry";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { text } from "@/lib/forms/action-state";
import { createAgent, setAgentShare, setMerchantAgent } from "@/lib/commissions/agents";
import { isMonth } from "@/lib/commissions/commission-month";
import { payAgentCommissions } from "@/lib/commissions/pay-agent-commissions";
import { kickWorker } from "@/lib/jobs/process-worker";

/** Runs the verb, then back to `path` with a notice: done, or the refusal's code and field. */
async function run(path: string, work: () => Promise<unknown>, done: string): Promise<never> {
  let notice = done;
  try {
    await work();
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.field ? `${error.code}_${error.field}` : error.code;
  }
  revalidatePath(path);
  redirect(`${path}?notice=${notice}`);
}

export async function createAgentAction(form: FormData): Promise<void> {
  const admin = await requireUser(["ADMIN"], "/admin/agents");
  const knownBanks = bankRegistry()
    .list()
    .map((bank) => bank.code);
  let agentId: string;
  try {
    const agent = await createAgent(
      db,
      admin,
      {
        name: text(form, "name"),
        email: text(form, "email"),
        sharePercent: text(form, "sharePercent"),
        bankCode: text(form, "bankCode"),
        accountName: text(form, "accountName"),
        accountNumber: text(form, "accountNumber"),
      },
      knownBanks,
    );
    agentId = agent.id;
  } catch (error) {
    if (!isAppError(error)) throw error;
    redirect(`/admin/agents?notice=${error.field ? `${error.code}_${error.field}` : error.code}`);
  }
  revalidatePath("/admin/agents");
  redirect(`/admin/agents/${agentId}?notice=created`);
}

export async function setAgentShareAction(form: FormData): Promise<void> {
  const admin = await requireUser(["ADMIN"], "/admin/agents");
  const agentId = text(form, "agentId");
  await run(
    `/admin/agents/${agentId}`,
    () => setAgentShare(db, admin, agentId, text(form, "sharePercent")),
    "share",
  );
}

export async function setMerchantAgentAction(form: FormData): Promise<void> {
  const admin = await requireUser(["ADMIN"], "/admin/agents");
  const agentId = text(form, "agentId");
  const remove = text(form, "remove") === "true";
  await run(
    `/admin/agents/${agentId}`,
    () => setMerchantAgent(db, admin, text(form, "merchantId"), remove ? null : agentId),
    remove ? "merchantRemoved" : "merchantAdded",
  );
}

export async function payAgentMonthAction(form: FormData): Promise<void> {
  await requireUser(["ADMIN"], "/admin/agents");
  const agentId = text(form, "agentId");
  const month = text(form, "month");
  await run(
    `/admin/agents/${agentId}`,
    async () => {
      if (!isMonth(month)) throw new AppError("invalid_request", "Give the month as YYYY-MM.", "month");
      const payout = await payAgentCommissions(db, { agentId, month });
      if (!payout) throw new AppError("conflict", "Nothing is due for that month, or it was paid already.");
      kickWorker();
    },
    "paid",
  );
}
