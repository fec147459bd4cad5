"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { setBankEnabled } from "@/lib/bank-gateway/enabled-banks";
import { text } from "@/lib/forms/action-state";

export async function setBankEnabledAction(form: FormData): Promise<void> {
  const admin = await requireUser(["ADMIN"], "/admin/banks");
  await setBankEnabled(db, {
    code: text(form, "code"),
    enabled: text(form, "enabled") === "true",
    by: admin.email,
  });
  revalidatePath("/admin/banks");
}
