"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { MERCHANT_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { text } from "@/lib/forms/action-state";
import { generateKeyForMerchant } from "@/lib/merchant-dashboard/generate-key";
import { keyProblemOf, type KeyProblem } from "@/lib/merchant-dashboard/key-problem";
import { registerKeyForMerchant } from "@/lib/merchant-dashboard/register-key";
import { revokeMerchantKey } from "@/lib/merchant-dashboard/revoke-key";
import { requireDashboardMember } from "../_lib/gate";

const KEYS_PATH = "/dashboard/keys";

type Refusal = "forbidden" | "not_found";

function refusalOf(error: unknown): Refusal | null {
  return isAppError(error) && (error.code === "forbidden" || error.code === "not_found") ? error.code : null;
}

export type RegisterKeyState =
  | { status: "idle" }
  | { status: "error"; problem: KeyProblem | "required" | "too_large" | Refusal; value: string }
  | { status: "done"; keyId: string; fingerprint: string };

const pem = z.string().trim().min(1).max(20_000);

/** Registers a public key pasted by the merchant (keys.manage). Problems name the field. */
export async function registerKeyAction(_prev: RegisterKeyState, form: FormData): Promise<RegisterKeyState> {
  const value = text(form, "publicKeyPem");
  try {
    const gate = await requireDashboardMember("keys.manage", KEYS_PATH);
    const parsed = pem.safeParse(value);
    if (!parsed.success) {
      return {
        status: "error",
        problem: value.trim() ? "too_large" : "required",
        value: value.slice(0, 20_000),
      };
    }
    const key = await registerKeyForMerchant(db, gate.merchant.id, parsed.data);
    revalidatePath(KEYS_PATH);
    return { status: "done", keyId: key.keyId, fingerprint: key.fingerprint };
  } catch (error) {
    const problem = keyProblemOf(error) ?? refusalOf(error);
    if (!problem) throw error;
    return { status: "error", problem, value };
  }
}

export type GenerateKeyState =
  | { status: "idle" }
  | { status: "error"; problem: Refusal }
  | { status: "done"; keyId: string; fingerprint: string; privateKeyPem: string };

/**
 * Generates a key pair (keys.manage). The private key goes back to this one response only: it is not
 * logged, stored or put in a URL, and reloading the page does not show it again.
 */
export async function generateKeyAction(_prev: GenerateKeyState): Promise<GenerateKeyState> {
  try {
    const gate = await requireDashboardMember("keys.manage", KEYS_PATH);
    const key = await generateKeyForMerchant(db, gate.merchant.id);
    revalidatePath(KEYS_PATH);
    return {
      status: "done",
      keyId: key.keyId,
      fingerprint: key.fingerprint,
      privateKeyPem: key.privateKeyPem,
    };
  } catch (error) {
    const problem = refusalOf(error);
    if (!problem) throw error;
    return { status: "error", problem };
  }
}

const keyId = z.string().regex(/^key_[0-9a-z]{26}$/);

/** The revoke confirmation's form: the key's own merchant and keys.manage are checked in the verb. */
export async function revokeKeyAction(form: FormData): Promise<void> {
  const user = await requireUser(MERCHANT_ROLES, KEYS_PATH);
  const parsed = keyId.safeParse(text(form, "keyId"));
  if (!parsed.success) redirect(`${KEYS_PATH}?notice=missing`);
  let notice: string;
  try {
    const result = await revokeMerchantKey(db, { userId: user.id, keyId: parsed.data });
    notice = result.revoked ? "revoked" : "already";
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    notice = refusal === "forbidden" ? "refused" : "missing";
  }
  revalidatePath(KEYS_PATH);
  redirect(`${KEYS_PATH}?notice=${notice}&key=${parsed.data}`);
}
