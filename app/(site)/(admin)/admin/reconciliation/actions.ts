"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { isCalendarDay, shanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { runReconciliation } from "@/lib/reconciliation/run-reconciliation";

const PATH = "/admin/reconciliation";

const inputSchema = z.object({
  bankCode: z.string().regex(/^[a-z0-9_-]{1,32}$/),
  date: z.string().refine(isCalendarDay),
});

/** The operators' "Reconcile now": one bank, one day, run at once; the page shows how it went. */
export async function reconcileNowAction(form: FormData): Promise<void> {
  const admin = await requireUser(["ADMIN"], PATH);
  const input = inputSchema.safeParse({ bankCode: form.get("bankCode"), date: form.get("date") });
  if (!input.success || input.data.date > shanghaiDay(now())) redirect(`${PATH}?notice=invalid`);
  let target = `${PATH}?notice=invalid`;
  try {
    const run = await runReconciliation(db, { ...input.data, trigger: "operator", startedById: admin.id });
    target = `${PATH}?notice=${run.status === "SUCCEEDED" ? "succeeded" : "failed"}&run=${run.id}`;
  } catch (error) {
    if (!isAppError(error)) throw error;
    target = `${PATH}?notice=${error.code === "conflict" ? "conflict" : "invalid"}`;
  }
  revalidatePath(PATH);
  revalidatePath("/admin/exceptions");
  redirect(target);
}
