import type { z } from "zod";

/** Message keys (under auth.errors) for the account forms' validation issues. */
export function authIssueKey(issue: z.core.$ZodIssue): string {
  const field = issue.path[0];
  if (field === "email") return "emailInvalid";
  if (field === "password") return issue.code === "too_big" ? "passwordLong" : "passwordShort";
  if (typeof field === "string" && ["companyName", "contactName", "phone", "siteUrl"].includes(field)) {
    return `${field}Invalid`;
  }
  return "generic";
}

export function authCodeKey(code: string): string {
  if (code === "conflict") return "emailTaken";
  if (code === "rate_limited") return "rateLimited";
  return "generic";
}
