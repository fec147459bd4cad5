import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** Bodies larger than this are refused before parsing: no merchant API request comes close. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The first offending input as a dotted path ("amount", "metadata.cart"); unknown keys name the key. */
function fieldOf(issue: z.core.$ZodIssue): string | undefined {
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys" && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  return path.length > 0 ? path.join(".") : undefined;
}

/** Validates a value against a schema; the first issue becomes `invalid_request` naming its field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new AppError(
    "invalid_request",
    issue?.message ?? "The request is invalid.",
    issue ? fieldOf(issue) : undefined,
  );
}

/** Parses a raw body as JSON and validates it; malformed JSON is `invalid_request` without a field. */
export function parseJsonBody<S extends z.ZodType>(schema: S, raw: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new AppError("invalid_request", "The body is not valid JSON.");
  }
  return parseWith(schema, value);
}
