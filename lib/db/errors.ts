import { Prisma } from "@/generated/prisma/client";

/** A unique constraint refused an insert: a concurrent duplicate got there first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
