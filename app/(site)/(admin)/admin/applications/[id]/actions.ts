"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { Product } from "@/generated/prisma/enums";
import { requireUser } from "@/lib/auth/session";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { text } from "@/lib/forms/action-state";
import { claimApplication, releaseApplication } from "@/lib/onboarding/claim-application";
import { decideApplication, type ReviewDecision } from "@/lib/onboarding/decide-application";
import { isProduct } from "@/lib/onboarding/products";

const ID = /^apl_[0-9a-z]{26}$/;

/** Runs one review verb for the signed-in reviewer and comes back to the page with what happened. */
async function review(
  form: FormData,
  run: (id: string, reviewer: Awaited<ReturnType<typeof requireUser>>) => Promise<unknown>,
  done: string,
) {
  const id = text(form, "applicationId");
  const path = `/admin/applications/${ID.test(id) ? id : ""}`;
  const reviewer = await requireUser(STAFF_ROLES, path);
  if (!ID.test(id)) redirect("/admin/applications");
  let notice = done;
  try {
    await run(id, reviewer);
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.code === "invalid_request" ? `invalid_${error.field ?? "form"}` : error.code;
  }
  revalidatePath(path);
  revalidatePath("/admin/applications");
  redirect(`${path}?notice=${notice}`);
}

export async function claimAction(form: FormData): Promise<void> {
  await review(
    form,
    (applicationId, reviewer) => claimApplication(db, { reviewer, applicationId }),
    "claimed",
  );
}

export async function releaseAction(form: FormData): Promise<void> {
  await review(
    form,
    (applicationId, reviewer) => releaseApplication(db, { reviewer, applicationId }),
    "released",
  );
}

function decisionFrom(form: FormData): ReviewDecision {
  const kind = text(form, "decision");
  if (kind === "reject") return { kind, reason: text(form, "reason") };
  if (kind === "request_changes") return { kind, message: text(form, "message") };
  const products = form.getAll("products").filter((p): p is Product => typeof p === "string" && isProduct(p));
  return { kind: "approve", products };
}

export async function decideAction(form: FormData): Promise<void> {
  const decision = decisionFrom(form);
  await review(
    form,
    (applicationId, reviewer) => decideApplication(db, { reviewer, applicationId, decision }),
    `decided_${decision.kind}`,
  );
}
