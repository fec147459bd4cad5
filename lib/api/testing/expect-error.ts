import { expect } from "vitest";
import { errorResponseSchema } from "@/lib/api/schemas/errors";

/** Asserts an API error answer: its status, its code and the field it names (or none). */
export function expectError(
  result: { status: number; json: unknown },
  status: number,
  code: string,
  field?: string,
) {
  expect(result.status).toBe(status);
  const { error } = errorResponseSchema.parse(result.json);
  expect(error.code).toBe(code);
  expect(error.field).toBe(field);
}
