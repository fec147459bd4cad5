import type { Db } from "@/lib/db";
import { accounts, getBalance } from "@/lib/ledger";

/** Agents with their share, merchant count and commissions not yet paid out. */
export async function listAgents(db: Db) {
  const agents = await db.agent.findMany({
    orderBy: { name: "asc" },
    include: { _count: { select: { merchants: true } } },
  });
  return Promise.all(
    agents.map(async (agent) => ({
      id: agent.id,
      name: agent.name,
      email: agent.email,
      commissionShareBps: agent.commissionShareBps,
      merchantCount: agent._count.merchants,
      owed: await getBalance(db, accounts.agentCommissions(agent.id)),
    })),
  );
}

/** One agent for its page: payout account (last four digits), merchants and payouts. */
export async function getAgent(db: Db, agentId: string) {
  const agent = await db.agent.findUnique({
    where: { id: agentId },
    include: {
      merchants: { orderBy: { name: "asc" }, select: { id: true, name: true, status: true, feeBps: true } },
      payouts: { orderBy: { createdAt: "desc" }, take: 24 },
    },
  });
  if (!agent) return null;
  const { accountNumberSealed: _sealed, ...visible } = agent;
  return { ...visible, owed: await getBalance(db, accounts.agentCommissions(agent.id)) };
}
