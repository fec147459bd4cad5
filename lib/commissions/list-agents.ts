import type { Db } from "@/lib/db";
import { accounts, getBalance, getBalances } from "@/lib/ledger";

/** Agents with their share, merchant count and commissions not yet paid out. */
export async function listAgents(db: Db) {
  const agents = await db.agent.findMany({
    orderBy: { name: "asc" },
    include: { _count: { select: { merchants: true } } },
  });
  const owed = await getBalances(
    db,
    agents.map((agent) => accounts.agentCommissions(agent.id)),
  );
  return agents.map((agent) => ({
    id: agent.id,
    name: agent.name,
    email: agent.email,
    commissionShareBps: agent.commissionShareBps,
    merchantCount: agent._count.merchants,
    owed: owed.get(accounts.agentCommissions(agent.id).code) ?? 0n,
  }));
}

/** Every agent's id and name, for choosing a merchant's agent. */
export function agentChoices(db: Db): Promise<{ id: string; name: string }[]> {
  return db.agent.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** One agent for its page: payout account (last four digits), merchants and payouts. */
export async function getAgent(db: Db, agentId: string) {
  const agent = await db.agent.findUnique({
    where: { id: agentId },
    include: {
      merchants: { orderBy: { name: "asc" }, select: { id: true, name: true, status: true, feeBps: true } },
      payouts: {
        orderBy: { createdAt: "desc" },
        take: 24,
        include: { withdrawal: { select: { failureReason: true } } },
      },
    },
  });
  if (!agent) return null;
  const { accountNumberSealed: _sealed, ...visible } = agent;
  return { ...visible, owed: await getBalance(db, accounts.agentCommissions(agent.id)) };
}
