"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { text } from "@/lib/forms/action-state";
import { createReviewer } from "@/lib/onboarding/reviewers/create-reviewer";
import { setReviewerStatus } from "@/lib/onboarding/reviewers/set-reviewer-status";

const PATH = "/admin/reviewers";

async function asAdmin(
  run: (admin: Awaited<ReturnType<typeof requireUser>>) => Promise<unknown>,
  done: string,
) {
  const admin = await requireUser(["ADMIN"], PATH);
  let notice = done;
  try {
    await run(admin);
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.code === "invalid_request" ? `invalid_${error.field ?? "form"}` : error.code;
  }
  revalidatePath(PATH);
  redirect(`${PATH}?notice=${notice}`);
}

export async function createReviewerAction(form: FormData): Promise<void> {
  await asAdmin(
    (admin) =>
      createReviewer(db, {
        admin,
        input: {
          email: text(form, "email"),
          name: text(form, "name"),
          locale: text(form, "locale") || undefined,
        },
      }),
    "created",
  );
}

export async function setReviewerStatusAction(form: FormData): Promise<void> {
  const status = text(form, "status") === "SUSPENDED" ? "SUSPENDED" : "ACTIVE";
  await asAdmin(
    (admin) => setReviewerStatus(db, { admin, userId: text(form, "userId"), status }),
    status === "SUSPENDED" ? "suspended" : "reactivated",
  );
}
