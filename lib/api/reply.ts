import { db } from "@/lib/db";
import { platformSignatureHeaders } from "@/lib/signing/sign-platform-response";
import { errorAnswer } from "./error-response";

/** What a route's handler answers: JSON (the usual), or text such as a CSV statement. */
export type ApiReply =
  | { status: number; json: unknown; headers?: Record<string, string> }
  | { status: number; text: string; contentType: string; headers?: Record<string, string> };

export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

export function json(status: number, value: unknown): ApiReply {
  return { status, json: value };
}

/**
 * Builds the HTTP response; with `sign`, adds the Paylane-Timestamp/-Nonce/-Signature headers over the
 * exact body bytes. If signing itself fails, the answer is an unsigned 500: a merchant must never get
 * a success it cannot verify.
 */
export async function toResponse(reply: ApiReply, sign: boolean, context: string): Promise<Response> {
  const body = "json" in reply ? JSON.stringify(reply.json) : reply.text;
  const headers: Record<string, string> = {
    "Content-Type": "json" in reply ? JSON_CONTENT_TYPE : reply.contentType,
    "Cache-Control": "no-store",
    ...reply.headers,
  };
  if (sign) {
    try {
      Object.assign(headers, await platformSignatureHeaders(body, db));
    } catch (error) {
      const failed = errorAnswer(error, `${context} (signing the response)`);
      return new Response(failed.body, {
        status: failed.status,
        headers: { "Content-Type": JSON_CONTENT_TYPE, "Cache-Control": "no-store" },
      });
    }
  }
  return new Response(body, { status: reply.status, headers });
}

/** An error as a reply, with Retry-After for rate limits. */
export function errorReply(error: unknown, context: string): ApiReply {
  const answer = errorAnswer(error, context);
  return {
    status: answer.status,
    text: answer.body,
    contentType: JSON_CONTENT_TYPE,
    ...(answer.retryAfterSeconds !== undefined
      ? { headers: { "Retry-After": String(answer.retryAfterSeconds) } }
      : {}),
  };
}
