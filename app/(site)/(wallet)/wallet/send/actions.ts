"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { WALLET_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { text } from "@/lib/forms/action-state";
import { kickWorker } from "@/lib/jobs/process-worker";
import { parseYuan } from "@/lib/money";
import { RECIPIENT_EMAIL, sendMoney } from "@/lib/transfers";

export type SendField = "recipientEmail" | "amount" | "note" | "password";

export type SendState =
  | { status: "idle" }
  | { status: "error"; field: SendField | null; problem: string; values: Record<string, string> }
  | { status: "done"; unclaimed: boolean; pairingCode: string; recipientEmail: string; amount: string };

const KEY = /^[A-Za-z0-9_-]{8,64}$/;

const PROBLEMS: Record<string, { field: SendField | null; key: string }> = {
  "invalid_request:recipientEmail": { field: "recipientEmail", key: "yourself" },
  "invalid_request:amount": { field: "amount", key: "dailyLimit" },
  "invalid_request:note": { field: "note", key: "noteTooLong" },
  "invalid_request:password": { field: "password", key: "password" },
  "insufficient_funds:amount": { field: "amount", key: "insufficient" },
  "conflict:idempotencyKey": { field: null, key: "stale" },
  "forbidden:": { field: null, key: "forbidden" },
};

/** "Send" on /wallet/send. The form's key makes a double click send once; the password is never echoed. */
export async function sendMoneyAction(_prev: SendState, form: FormData): Promise<SendState> {
  const user = await requireUser(WALLET_ROLES, "/wallet/send");
  const values = {
    recipientEmail: text(form, "recipientEmail"),
    amount: text(form, "amount"),
    note: text(form, "note"),
  };
  const fail = (field: SendField | null, problem: string): SendState => ({
    status: "error",
    field,
    problem,
    values,
  });
  const key = text(form, "idempotencyKey");
  if (!KEY.test(key)) return fail(null, "stale");
  if (!values.recipientEmail.trim()) return fail("recipientEmail", "emailRequired");
  if (!RECIPIENT_EMAIL.test(values.recipientEmail.trim())) return fail("recipientEmail", "emailMalformed");
  if (!values.amount.trim()) return fail("amount", "amountRequired");
  const amount = parseYuan(values.amount);
  if (!amount.ok)
    return fail("amount", amount.reason === "precision" ? "amountPrecision" : "amountMalformed");
  if (amount.minor <= 0n) return fail("amount", "amountZero");
  try {
    const { transfer } = await sendMoney(db, {
      senderId: user.id,
      recipientEmail: values.recipientEmail,
      amount: amount.minor,
      note: values.note || null,
      idempotencyKey: key,
      password: text(form, "password") || null,
    });
    kickWorker();
    revalidatePath("/wallet");
    return {
      status: "done",
      unclaimed: transfer.status === "UNCLAIMED",
      pairingCode: transfer.pairingCode,
      recipientEmail: transfer.recipientEmail,
      amount: values.amount,
    };
  } catch (error) {
    if (!isAppError(error)) throw error;
    // What the form has not checked already: each refusal of the use case has one message key.
    const problem = PROBLEMS[`${error.code}:${error.field ?? ""}`];
    if (!problem) throw error;
    return fail(problem.field, problem.key);
  }
}
