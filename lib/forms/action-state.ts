import type { z } from "zod";
import { isAppError } from "@/lib/errors";

/**
 * What a form's server action hands back to its page: field errors as message keys the page translates,
 * the values to refill (never passwords), or done.
 */
export type ActionState = {
  status: "idle" | "error" | "done";
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string>;
};

export const IDLE: ActionState = { status: "idle" };

/** The first issue of each field, mapped to a message key by `keyFor`. */
export function fieldErrorsFrom(
  error: z.ZodError,
  keyFor: (issue: z.core.$ZodIssue) => string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= keyFor(issue);
  }
  return errors;
}

/** An AppError naming a field becomes that field's error; anything else is rethrown. */
export function appErrorState(
  error: unknown,
  keyFor: (code: string) => string,
  values?: Record<string, string>,
): ActionState {
  if (isAppError(error)) {
    const key = keyFor(error.code);
    return error.field
      ? { status: "error", fieldErrors: { [error.field]: key }, values }
      : { status: "error", formError: key, values };
  }
  throw error;
}

export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
