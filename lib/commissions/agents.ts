import { z } from "zod";
import type { Agent } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { seal } from "@/lib/secrets/sealed-text";

/** "20" or "12.5" (percent of the fee, at most two decimals) as basis points of the fee. */
export function parseSharePercent(text: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const bps = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return bps <= 10_000 ? bps : null;
}

const agentSchema = z.object({
  name: z.string().trim().min(1).max(100),
  email: z.email().max(254),
  sharePercent: z.string().refine((text) => parseSharePercent(text) !== null),
  bankCode: z.string().trim().min(1).max(32),
  accountName: z.string().trim().min(1).max(100),
  accountNumber: z
    .string()
    .transform((value) => value.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{12,30}$/)),
});

export type AgentInput = z.input<typeof agentSchema>;

function invalid(error: z.ZodError): AppError {
  const field = String(error.issues[0]?.path[0] ?? "name");
  return new AppError("invalid_request", `Check ${field}.`, field);
}

/** Signs up an agent (service provider) with its share of the fee and its payout account, audited. */
export async function createAgent(
  db: Db,
  actor: AuditActor | null,
  input: AgentInput,
  knownBanks: readonly string[],
): Promise<Agent> {
  const parsed = agentSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const data = parsed.data;
  if (!knownBanks.includes(data.bankCode)) {
    throw new AppError("invalid_request", "Choose one of the listed banks.", "bankCode");
  }
  const id = newId("agt");
  const accountNumberSealed = await seal(db, data.accountNumber, id);
  try {
    return await db.$transaction(async (tx) => {
      const agent = await tx.agent.create({
        data: {
          id,
          name: data.name,
          email: data.email.toLowerCase(),
          commissionShareBps: parseSharePercent(data.sharePercent) ?? 0,
          bankCode: data.bankCode,
          accountName: data.accountName,
          accountLast4: data.accountNumber.slice(-4),
          accountNumberSealed,
        },
      });
      await recordAudit(tx, {
        actor,
        action: "agent.created",
        targetType: "agent",
        targetId: agent.id,
        after: { name: agent.name, email: agent.email, commissionShareBps: agent.commissionShareBps },
      });
      return agent;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError("invalid_request", "An agent with this email exists already.", "email");
  }
}

/** Changes an agent's share of the fee for payments from now on (accrued commissions keep theirs). */
export async function setAgentShare(
  db: Db,
  actor: AuditActor,
  agentId: string,
  sharePercent: string,
): Promise<void> {
  const bps = parseSharePercent(sharePercent);
  if (bps === null)
    throw new AppError(
      "invalid_request",
      "Give the share as a percentage of the fee, 0-100.",
      "sharePercent",
    );
  await db.$transaction(async (tx) => {
    const before = await tx.agent.findUnique({ where: { id: agentId } });
    if (!before) throw new AppError("not_found", "No such agent.");
    await tx.agent.update({ where: { id: agentId }, data: { commissionShareBps: bps } });
    await recordAudit(tx, {
      actor,
      action: "agent.share_changed",
      targetType: "agent",
      targetId: agentId,
      before: { commissionShareBps: before.commissionShareBps },
      after: { commissionShareBps: bps },
    });
  });
}

/** Records that an agent brought a merchant (or, with null, that none did), audited. */
export async function setMerchantAgent(
  db: Db,
  actor: AuditActor | null,
  merchantId: string,
  agentId: string | null,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const merchant = await tx.merchant.findUnique({ where: { id: merchantId.trim() } });
    if (!merchant) throw new AppError("not_found", "No merchant with this id.", "merchantId");
    if (agentId && !(await tx.agent.findUnique({ where: { id: agentId } }))) {
      throw new AppError("not_found", "No such agent.", "agentId");
    }
    await tx.merchant.update({ where: { id: merchant.id }, data: { agentId } });
    await recordAudit(tx, {
      actor,
      action: "merchant.agent_changed",
      targetType: "merchant",
      targetId: merchant.id,
      merchantId: merchant.id,
      before: { agentId: merchant.agentId },
      after: { agentId },
    });
  });
}
