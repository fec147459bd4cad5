import { randomBytes } from "node:crypto";
import { AppError, isAppError } from "@/lib/errors";

export type ErrorAnswer = { status: number; body: string; retryAfterSeconds?: number };

const INTERNAL_MESSAGE = "The gateway failed; nothing was changed, retrying is safe.";

/**
 * The one place an error becomes an HTTP answer. AppErrors carry the API's code, status and field;
 * anything else is a bug or an outage: it is logged here with an id and the merchant sees only
 * `internal_error` with that id, never the internal message.
 */
export function errorAnswer(error: unknown, context: string): ErrorAnswer {
  if (isAppError(error) && error.code !== "internal_error") {
    return {
      status: error.status,
      body: JSON.stringify(error.toJSON()),
      ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    };
  }
  const incident = randomBytes(6).toString("hex");
  console.error(`[api] internal error ${incident} in ${context}:`, error);
  const internal = new AppError("internal_error", `${INTERNAL_MESSAGE} (incident ${incident})`);
  return { status: internal.status, body: JSON.stringify(internal.toJSON()) };
}
