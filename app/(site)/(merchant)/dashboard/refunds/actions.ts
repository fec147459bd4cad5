"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { kickWorker } from "@/lib/jobs/process-worker";
import {
  cancelRefundBatch,
  confirmRefundBatch,
  createRefundBatchPreview,
  isBatchFileError,
  MAX_FILE_BYTES,
  sourceFromBytes,
  type BatchFileProblem,
} from "@/lib/refunds/batch";
import { requireDashboardMember } from "../_lib/gate";

const REFUNDS_PATH = "/dashboard/refunds";

export type UploadProblem = BatchFileProblem | "required" | "forbidden" | "not_found";
export type UploadState = { status: "idle" } | { status: "error"; problem: UploadProblem };

function refusalOf(error: unknown): "forbidden" | "not_found" | null {
  return isAppError(error) && (error.code === "forbidden" || error.code === "not_found") ? error.code : null;
}

/**
 * Reads an uploaded refund file into a preview (refunds.create) and opens it; nothing is refunded yet.
 * A file that cannot be read comes back as a problem the form explains.
 */
export async function uploadRefundFileAction(_prev: UploadState, form: FormData): Promise<UploadState> {
  let batchId: string;
  try {
    const gate = await requireDashboardMember("refunds.create", `${REFUNDS_PATH}/upload`);
    const file = form.get("file");
    if (!(file instanceof File) || (file.size === 0 && !file.name))
      return { status: "error", problem: "required" };
    // Checked before reading the body into memory (the action's body limit is a little above this).
    if (file.size > MAX_FILE_BYTES) return { status: "error", problem: "too_large" };
    const batch = await createRefundBatchPreview(db, {
      merchantId: gate.merchant.id,
      uploadedByUserId: gate.user.id,
      source: sourceFromBytes(file.name, new Uint8Array(await file.arrayBuffer())),
    });
    batchId = batch.id;
  } catch (error) {
    if (isBatchFileError(error)) return { status: "error", problem: error.problem };
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    return { status: "error", problem: refusal };
  }
  redirect(`${REFUNDS_PATH}/batches/${batchId}`);
}

const batchId = z.string().regex(/^rb_[0-9a-z]{26}$/);

async function changeBatch(
  form: FormData,
  change: (input: { merchantId: string; batchId: string; userId: string }) => Promise<unknown>,
  done: string,
): Promise<never> {
  const parsed = batchId.safeParse(form.get("batchId"));
  if (!parsed.success) redirect(REFUNDS_PATH);
  const path = `${REFUNDS_PATH}/batches/${parsed.data}`;
  let notice = done;
  try {
    const gate = await requireDashboardMember("refunds.create", path);
    await change({ merchantId: gate.merchant.id, batchId: parsed.data, userId: gate.user.id });
  } catch (error) {
    if (!isAppError(error)) throw error;
    // The batch page says what is missing (a permission) or shows the 404 (another merchant's batch).
    if (error.code === "forbidden" || error.code === "not_found") redirect(path);
    if (error.code !== "conflict") throw error;
    notice = "conflict";
  }
  revalidatePath(path);
  redirect(`${path}?notice=${notice}`);
}

/** The user's go-ahead: the batch's valid rows are refunded in the background (refunds.create). */
export async function confirmRefundBatchAction(form: FormData): Promise<void> {
  await changeBatch(
    form,
    async (input) => {
      await confirmRefundBatch(db, { ...input, confirmedByUserId: input.userId });
      kickWorker();
    },
    "confirmed",
  );
}

/** Discards a previewed batch (refunds.create); nothing was refunded. */
export async function cancelRefundBatchAction(form: FormData): Promise<void> {
  await changeBatch(form, (input) => cancelRefundBatch(db, input), "cancelled");
}
