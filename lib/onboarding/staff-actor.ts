import type { Role } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";

/** A signed-in reviewer or admin, as the console's actions pass it to the verbs. */
export type StaffActor = { id: string; email: string; role: Role };

/** Verbs check the role again: a page forgetting its guard must not open the review to merchants. */
export function assertStaff(actor: StaffActor, roles: readonly Role[] = ["REVIEWER", "ADMIN"]): void {
  if (!roles.includes(actor.role)) throw new AppError("forbidden", "Your account cannot do this.");
}
