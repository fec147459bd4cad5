import type { UserStatus } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { assertStaff, type StaffActor } from "../staff-actor";

/**
 * An admin suspends or reactivates a reviewer. Suspension ends the reviewer's sessions at once and
 * hands their claimed applications back to the queue.
 */
export async function setReviewerStatus(
  db: Db,
  options: { admin: StaffActor; userId: string; status: UserStatus },
): Promise<void> {
  assertStaff(options.admin, ["ADMIN"]);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: options.userId } });
    if (!user || user.role !== "REVIEWER") throw new AppError("not_found", "No such reviewer.");
    if (user.status === options.status) return;
    const at = now();
    await tx.user.update({
      where: { id: user.id },
      data: { status: options.status, ...(options.status === "SUSPENDED" ? { sessionsValidFrom: at } : {}) },
    });
    if (options.status === "SUSPENDED") {
      await tx.merchantApplication.updateMany({
        where: { claimedById: user.id, status: "IN_REVIEW" },
        data: { status: "SUBMITTED", claimedById: null, claimedUntil: null, version: { increment: 1 } },
      });
    }
    await recordAudit(tx, {
      actor: options.admin,
      action: options.status === "SUSPENDED" ? "reviewer.suspended" : "reviewer.reactivated",
      targetType: "user",
      targetId: user.id,
      before: { status: user.status },
      after: { status: options.status },
    });
  });
}
