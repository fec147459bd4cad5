"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { text } from "@/lib/forms/action-state";
import { markAgreementSigned } from "@/lib/merchants/mark-agreement-signed";
import { setMerchantTerms } from "@/lib/merchants/set-merchant-terms";
import { parseYuan } from "@/lib/money";

/** Records a merchant's signed agreement (ADMIN only), which opens its withdrawals. */
export async function markAgreementSignedAction(form: FormData): Promise<void> {
  const admin = await requireUser(["ADMIN"], "/admin/merchants");
  let notice = "signed";
  try {
    await markAgreementSigned(db, { admin, merchantId: text(form, "merchantId") });
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.code;
  }
  revalidatePath("/admin/merchants");
  redirect(`/admin/merchants?notice=${notice}`);
}

/** Sets a merchant's settlement delay, withdrawal limit, agent and platform (ADMIN only). */
export async function setMerchantTermsAction(form: FormData): Promise<void> {
  const admin = await requireUser(["ADMIN"], "/admin/merchants");
  const limit = parseYuan(text(form, "withdrawalLimit"));
  // A field the form did not send is left as it is.
  const optional = (name: string) => (form.has(name) ? text(form, name) : undefined);
  let notice = "terms";
  try {
    await setMerchantTerms(db, {
      admin,
      merchantId: text(form, "merchantId"),
      terms: {
        settlementDelayDays: Number(text(form, "settlementDelayDays")),
        withdrawalLimit: limit.ok ? limit.minor : 0n,
        agentId: optional("agentId"),
        platformMerchantId: optional("platformMerchantId"),
      },
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.field ? `${error.code}_${error.field}` : error.code;
  }
  revalidatePath("/admin/merchants");
  redirect(`/admin/merchants?notice=${notice}`);
}
