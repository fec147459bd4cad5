import type { Role } from "@/generated/prisma/client";

/**
 * Who may see the platform reports: admins only. The figures are Paylane's revenue and every
 * merchant's volume side by side; reviewers need neither to review applications or work exceptions
 * (they see those in their own pages), so they are refused like merchants and wallet users.
 */
export const REPORT_ROLES: readonly Role[] = ["ADMIN"];
