import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { clientIdFromHeaders } from "@/lib/auth/client-id";
import { limitSignUps } from "@/lib/auth/sign-up-throttle";
import { kickWorker } from "@/lib/jobs/process-worker";
import { appErrorState, type ActionState } from "@/lib/forms/action-state";
import { authCodeKey } from "./auth-errors";

/**
 * The end every sign-up form shares: rate-limit the client, create the account (which queues the
 * verification mail), wake the mail worker, and send the visitor to "check your email".
 */
export async function completeSignUp(
  email: string,
  values: Record<string, string>,
  signUp: () => Promise<unknown>,
): Promise<ActionState> {
  try {
    await limitSignUps(db, clientIdFromHeaders(await headers()));
    await signUp();
  } catch (error) {
    return appErrorState(error, authCodeKey, values);
  }
  kickWorker();
  redirect(`/signup/check-email?email=${encodeURIComponent(email)}`);
}
