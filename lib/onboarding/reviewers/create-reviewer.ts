import { z } from "zod";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { emailSchema } from "@/lib/users/normalize-email";
import { assertStaff, type StaffActor } from "../staff-actor";
import { inviteUser } from "./invite-staff-user";

const schema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(100),
  locale: z.enum(["zh", "en"]).catch("zh"),
});

/** An admin creates a reviewer account; the reviewer chooses a password from the mailed link. */
export async function createReviewer(
  db: Db,
  options: { admin: StaffActor; input: { email: string; name: string; locale?: string } },
): Promise<{ userId: string }> {
  assertStaff(options.admin, ["ADMIN"]);
  const parsed = schema.safeParse(options.input);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "email");
    throw new AppError("invalid_request", `Check ${field}.`, field);
  }
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const user = await inviteUser(tx, {
      ...input,
      role: "REVIEWER",
      inviter: options.admin.email,
      what: input.locale === "zh" ? "审核员" : "reviewer",
    });
    await recordAudit(tx, {
      actor: options.admin,
      action: "reviewer.created",
      targetType: "user",
      targetId: user.id,
      after: { email: user.email, name: user.name, role: user.role, status: user.status },
    });
    return { userId: user.id };
  });
}
