import type { Role } from "@/generated/prisma/client";
import { createUser } from "@/lib/users/create-user";
import type { CliContext } from "../command";

export async function createStaffUser(
  ctx: CliContext,
  input: { email: string; password: string; name?: string; role: Role; json: boolean },
): Promise<number> {
  const user = await ctx.db.$transaction((tx) =>
    createUser(tx, {
      email: input.email,
      password: input.password,
      name: input.name,
      role: input.role,
      verified: true,
    }),
  );
  if (input.json) {
    ctx.out(JSON.stringify({ userId: user.id, email: user.email, role: user.role }, null, 2));
  } else {
    ctx.out(`Created ${user.role} ${user.email} (${user.id}). They can sign in now at /signin.`);
  }
  return 0;
}
