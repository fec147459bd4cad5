"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { MERCHANT_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { text } from "@/lib/forms/action-state";
import { inviteOperator } from "@/lib/merchants/team/invite-operator";
import { updateMember } from "@/lib/merchants/team/update-member";
import { requireDashboardMember } from "../_lib/gate";

const PATH = "/dashboard/team";

async function run(work: () => Promise<unknown>, done: string): Promise<never> {
  let notice = done;
  try {
    await work();
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.code === "invalid_request" ? `invalid_${error.field ?? "form"}` : error.code;
  }
  revalidatePath(PATH);
  redirect(`${PATH}?notice=${notice}`);
}

const permissionsOf = (form: FormData) => form.getAll("permissions").filter((p) => typeof p === "string");

export async function inviteOperatorAction(form: FormData): Promise<void> {
  await run(async () => {
    const gate = await requireDashboardMember("team.manage", PATH);
    await inviteOperator(db, {
      userId: gate.user.id,
      merchantId: gate.merchant.id,
      input: {
        email: text(form, "email"),
        name: text(form, "name"),
        permissions: permissionsOf(form),
        locale: gate.user.locale,
      },
    });
  }, "invited");
}

/** Permissions and suspension of one member; the member's own merchant is checked in the verb. */
export async function updateMemberAction(form: FormData): Promise<void> {
  const user = await requireUser(MERCHANT_ROLES, PATH);
  const status = text(form, "status");
  await run(
    () =>
      updateMember(db, {
        userId: user.id,
        memberId: text(form, "memberId"),
        change:
          status === "SUSPENDED" || status === "ACTIVE" ? { status } : { permissions: permissionsOf(form) },
      }),
    status === "SUSPENDED" ? "suspended" : status === "ACTIVE" ? "reactivated" : "updated",
  );
}
