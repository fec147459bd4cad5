"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { isExceptionAction } from "@/lib/exceptions/case-actions";
import { CaseRefused } from "@/lib/exceptions/case-refused";
import { resolveCase } from "@/lib/exceptions/resolve-case";
import { text } from "@/lib/forms/action-state";

const ID = /^exc_[0-9a-z]{26}$/;

/** Resolves a case with the chosen action and comes back to it with what happened. */
export async function resolveCaseAction(form: FormData): Promise<void> {
  const id = text(form, "caseId");
  if (!ID.test(id)) redirect("/admin/exceptions");
  const path = `/admin/exceptions/${id}`;
  const admin = await requireUser(["ADMIN"], path);
  const action = text(form, "action");
  let notice = "resolved";
  try {
    if (!isExceptionAction(action)) notice = "invalid_action";
    else await resolveCase(db, { caseId: id, action, note: text(form, "note"), actor: admin });
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice =
      error instanceof CaseRefused
        ? error.reason
        : error.code === "invalid_request"
          ? `invalid_${error.field ?? "action"}`
          : error.code;
  }
  revalidatePath(path);
  revalidatePath("/admin/exceptions");
  redirect(`${path}?notice=${notice}`);
}
