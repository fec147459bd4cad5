import type { Db, Tx } from "@/lib/db";
import { createAgent, setMerchantAgent } from "@/lib/commissions/agents";
import { isAppError } from "@/lib/errors";
import { createMerchant } from "@/lib/merchants/create-merchant";

export const DEMO_SUB_MERCHANT = {
  name: "Demo Shop Kitchen",
  email: "kitchen@paylane.local",
  siteUrl: "https://kitchen.paylane.local",
};

export const DEMO_AGENT = {
  name: "Harbor Partners",
  email: "partners@paylane.local",
  sharePercent: "20",
  bankCode: "icmb",
  accountName: "Harbor Partners Ltd",
  accountNumber: "6222020000000001",
};

/** "Demo Shop Kitchen", an approved sub-merchant of the demo merchant, so split payments can be tried. */
export async function seedSubMerchant(tx: Tx, platformId: string): Promise<string> {
  const existing = await tx.merchant.findFirst({ where: { email: DEMO_SUB_MERCHANT.email } });
  if (existing) return existing.id;
  const sub = await createMerchant(tx, { ...DEMO_SUB_MERCHANT, status: "ACTIVE", products: ["RMB"] });
  await tx.merchant.update({ where: { id: sub.id }, data: { platformMerchantId: platformId } });
  return sub.id;
}

/**
 * "Harbor Partners", the agent who brought the demo merchant, earning 20% of its fees. Outside the seed's
 * transaction (its account number is sealed with a key that may need a connection of its own); a
 * concurrent run that created it first is found by its email.
 */
export async function seedAgent(db: Db, merchantId: string): Promise<string> {
  let agent = await db.agent.findUnique({ where: { email: DEMO_AGENT.email } });
  if (!agent) {
    try {
      agent = await createAgent(db, null, DEMO_AGENT, [DEMO_AGENT.bankCode]);
    } catch (error) {
      if (!isAppError(error)) throw error;
      agent = await db.agent.findUniqueOrThrow({ where: { email: DEMO_AGENT.email } });
    }
  }
  const merchant = await db.merchant.findUniqueOrThrow({
    where: { id: merchantId },
    select: { agentId: true },
  });
  if (!merchant.agentId) await setMerchantAgent(db, null, merchantId, agent.id);
  return agent.id;
}
