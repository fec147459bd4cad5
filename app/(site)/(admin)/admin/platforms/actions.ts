"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { text } from "@/lib/forms/action-state";
import { setPlatformMerchant } from "@/lib/splits/link-sub-merchant";

const PATH = "/admin/platforms";

/** Links a sub-merchant to a platform, or (empty platform) unlinks it; ADMIN only. */
export async function setPlatformAction(form: FormData): Promise<void> {
  const admin = await requireUser(["ADMIN"], PATH);
  const platformMerchantId = text(form, "platformMerchantId");
  let notice = platformMerchantId ? "linked" : "unlinked";
  try {
    await setPlatformMerchant(db, admin, {
      subMerchantId: text(form, "subMerchantId"),
      platformMerchantId: platformMerchantId || null,
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.field ? `${error.code}_${error.field}` : error.code;
  }
  revalidatePath(PATH);
  redirect(`${PATH}?notice=${notice}`);
}
