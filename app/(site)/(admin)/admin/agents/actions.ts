"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { enabledBanks } from "@/lib/bank-gateway/enabled-banks";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { text } from "@/lib/forms/action-state";
import { createAgent, setAgentShare, setMerchantAgent } from "@/lib/commissions/agents";
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

/** The create form's outcome: the refused field (a message key) and what to type again, or nothing. */
export type CreateAgentState = {
  status: "idle" | "error";
  /** `${code}_${field}`, a key of admin.agents.notices; the field it names is marked. */
  problem?: string;
  field?: string;
  /** The typed values to put back, the account number excepted. */
  values?: Record<string, string>;
};

const AGENT_FIELDS = ["name", "email", "sharePercent", "bankCode", "accountName"] as const;

/** Adds an agent (ADMIN only) with its share and payout account; on success, its page. */
export async function createAgentAction(_prev: CreateAgentState, form: FormData): Promise<CreateAgentState> {
  const admin = await requireUser(["ADMIN"], "/admin/agents");
  const input = {
    name: text(form, "name"),
    email: text(form, "email"),
    sharePercent: text(form, "sharePercent"),
    bankCode: text(form, "bankCode"),
    accountName: text(form, "accountName"),
    accountNumber: text(form, "accountNumber"),
  };
  let agentId: string;
  try {
    const banks = (await enabledBanks(db)).map((bank) => bank.code);
    agentId = (await createAgent(db, admin, input, banks)).id;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return {
      status: "error",
      problem: error.field ? `${error.code}_${error.field}` : error.code,
      field: error.field,
      values: Object.fromEntries(AGENT_FIELDS.map((field) => [field, input[field].slice(0, 254)])),
    };
  }
  revalidatePath("/admin/agents");
  redirect(`/admin/agents/${agentId}?notice=created`);
}

export async function setAgentShareAction(form: FormData): Promise<void> {
  const admin = await requireUser(["ADMIN"], "/admin/agents");
  const agentId = text(form, "agentId");
  await run(
    `/admin/agents/${encodeURIComponent(agentId)}`,
    () => setAgentShare(db, admin, agentId, text(form, "sharePercent")),
    "share",
  );
}

export async function setMerchantAgentAction(form: FormData): Promise<void> {
  const admin = await requireUser(["ADMIN"], "/admin/agents");
  const agentId = text(form, "agentId");
  const remove = text(form, "remove") === "true";
  await run(
    `/admin/agents/${encodeURIComponent(agentId)}`,
    () => setMerchantAgent(db, admin, text(form, "merchantId"), remove ? null : agentId),
    remove ? "merchantRemoved" : "merchantAdded",
  );
}

/** Pays the agent a month's commissions now (ADMIN only), as the monthly job would; audited. */
export async function payAgentMonthAction(form: FormData): Promise<void> {
  const admin = await requireUser(["ADMIN"], "/admin/agents");
  const agentId = text(form, "agentId");
  await run(
    `/admin/agents/${encodeURIComponent(agentId)}`,
    async () => {
      const payout = await payAgentCommissions(db, { agentId, month: text(form, "month"), actor: admin });
      if (!payout) throw new AppError("conflict", "Nothing is due for that month, or it was paid already.");
      // The withdrawal job was enqueued with the payout: this instance's worker takes it at once.
      kickWorker();
    },
    "paid",
  );
}
