import type { Db } from "@/lib/db";

/** Reviewer accounts for the admins' page, with how many applications each holds right now. */
export async function listReviewers(db: Db) {
  const [reviewers, claims] = await Promise.all([
    db.user.findMany({
      where: { role: "REVIEWER" },
      orderBy: { createdAt: "asc" },
      select: { id: true, email: true, name: true, status: true, createdAt: true },
    }),
    db.merchantApplication.groupBy({
      by: ["claimedById"],
      where: { status: "IN_REVIEW" },
      _count: { _all: true },
    }),
  ]);
  const held = new Map(claims.map((c) => [c.claimedById, c._count._all]));
  return reviewers.map((r) => ({ ...r, claimed: held.get(r.id) ?? 0 }));
}
