import type { Role } from "@/generated/prisma/client";
import { parseFlags, requireString, UsageError } from "../args";
import type { CliCommand } from "../command";

const options = {
  email: { type: "string" },
  password: { type: "string" },
  name: { type: "string" },
  json: { type: "boolean" },
} as const;

// Mirrors lib/auth/password.ts; checked here too so a short password is a usage error before any work.
const PASSWORD_MIN = 8;

function userCreate(group: "admin" | "reviewer", role: Role, who: string): CliCommand {
  return {
    name: `${group} create`,
    summary: `Create a verified ${who} account`,
    help: `Usage: npm run paylane -- ${group} create --email <email> --password <password> [--name <name>] [--json]

Creates a ${who} (role ${role}) whose email address is already verified, so they can sign in at once.

Options:
  --email <email>        sign-in address (required)
  --password <password>  at least ${PASSWORD_MIN} characters (required)
  --name <name>          display name
  --json                 print {"userId", "email", "role"} as JSON only
  -h, --help             show this help`,
    prepare(args) {
      const flags = parseFlags(args, options);
      const email = requireString(flags.email, "email");
      const password = requireString(flags.password, "password");
      if (password.length < PASSWORD_MIN) {
        throw new UsageError(`Option --password must be at least ${PASSWORD_MIN} characters`);
      }
      return async (ctx) => {
        const { createStaffUser } = await import("../actions/create-staff-user");
        return createStaffUser(ctx, { email, password, name: flags.name, role, json: flags.json ?? false });
      };
    },
  };
}

export const adminCreate = userCreate("admin", "ADMIN", "administrator");
export const reviewerCreate = userCreate("reviewer", "REVIEWER", "reviewer");
