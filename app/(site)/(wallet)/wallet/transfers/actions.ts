"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { WALLET_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { text } from "@/lib/forms/action-state";
import { kickWorker } from "@/lib/jobs/process-worker";
import { cancelTransfer } from "@/lib/transfers";

/** "Cancel" on an unclaimed transfer: the sender only (the use case checks); back to the list with a notice. */
export async function cancelTransferAction(form: FormData): Promise<void> {
  const user = await requireUser(WALLET_ROLES, "/wallet/transfers");
  let notice: "cancelled" | "too-late" | "missing" = "cancelled";
  try {
    await cancelTransfer(db, { userId: user.id, transferId: text(form, "transferId") });
    kickWorker();
  } catch (error) {
    if (!isAppError(error) || (error.code !== "conflict" && error.code !== "not_found")) throw error;
    notice = error.code === "conflict" ? "too-late" : "missing";
  }
  redirect(`/wallet/transfers?notice=${notice}`);
}
