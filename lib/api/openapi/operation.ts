import type { z } from "zod";
import type { ApiErrorCode } from "../schemas/errors";

export type ApiResponseSpec = {
  description: string;
  /** A registered schema (lib/api/schemas/registry.ts) for JSON bodies. */
  schema?: z.ZodType;
  /** For non-JSON bodies (PEM, CSV). */
  contentType?: string;
  example?: unknown;
};

/** One endpoint of the merchant API, described for the OpenAPI document. */
export type ApiOperation = {
  method: "get" | "post";
  /** OpenAPI path template: /api/v1/payments/{orderId} */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  /** Signed requests and responses (PAYLANE-RSA-SHA256), or a public endpoint. */
  signed: boolean;
  pathParams?: { name: string; schema: z.ZodType; description: string }[];
  requestBody?: z.ZodType;
  responses: Record<number, ApiResponseSpec>;
  /** The error codes this endpoint can answer (besides the authentication ones of signed endpoints). */
  errors: ApiErrorCode[];
};

/** Errors every signed endpoint can answer, whatever it does. */
export const SIGNED_ENDPOINT_ERRORS: ApiErrorCode[] = [
  "signature_invalid",
  "timestamp_out_of_range",
  "nonce_reused",
  "rate_limited",
  "internal_error",
];
