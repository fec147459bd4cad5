import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyMerchantRequest, type AuthenticatedMerchant } from "@/lib/signing/verify-merchant-request";
import { MAX_BODY_BYTES, parseJsonBody } from "./parse-input";
import { enforceRateLimit } from "./rate-limit";
import { errorReply, toResponse, type ApiReply } from "./reply";

export type SignedContext<P> = {
  merchant: AuthenticatedMerchant;
  params: P;
  request: Request;
  /** The raw body, exactly as signed. */
  rawBody: string;
  /** The body parsed as JSON and validated: `invalid_request` naming the first offending field. */
  body: <S extends z.ZodType>(schema: S) => z.output<S>;
};

export type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

const TOO_LARGE = `The body exceeds ${MAX_BODY_BYTES} bytes.`;

/** The body's exact bytes (they are what was signed) and their text; it must be UTF-8. */
async function readBody(request: Request): Promise<{ bytes: Buffer; text: string }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new AppError("invalid_request", TOO_LARGE);
  const bytes = Buffer.from(await request.arrayBuffer());
  if (bytes.length > MAX_BODY_BYTES) throw new AppError("invalid_request", TOO_LARGE);
  try {
    return { bytes, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    throw new AppError("invalid_request", "The body must be UTF-8.");
  }
}

/**
 * The one wrapper of merchant API v1 routes: reads the raw body, authenticates the signed request,
 * applies the merchant's rate limit, runs the handler, maps any error to the API's error body, and
 * signs the answer (errors too, once the merchant is identified). Handlers stay thin: parse, call one
 * lib function, serialise.
 */
export function signedRoute<P = Record<string, never>>(
  handler: (context: SignedContext<P>) => Promise<ApiReply>,
): RouteHandler<P> {
  return async (request, context) => {
    const url = new URL(request.url);
    const pathWithQuery = url.pathname + url.search;
    const where = `${request.method} ${url.pathname}`;
    let merchant: AuthenticatedMerchant | null = null;
    let reply: ApiReply;
    try {
      const { bytes, text: rawBody } = await readBody(request);
      const verified = await verifyMerchantRequest(db, {
        method: request.method,
        pathWithQuery,
        authorization: request.headers.get("authorization"),
        body: bytes,
      });
      merchant = verified.merchant;
      if (!verified.ok) throw verified.error;
      await enforceRateLimit(db, verified.merchant);
      reply = await handler({
        merchant: verified.merchant,
        params: await context.params,
        request,
        rawBody,
        body: (schema) => parseJsonBody(schema, rawBody),
      });
    } catch (error) {
      reply = errorReply(error, where);
    }
    return toResponse(reply, merchant !== null, where);
  };
}
