import { z } from "zod";
import type { NotificationStatus } from "@/generated/prisma/enums";
import { cursorParam } from "./payment-filters";
import { param, type SearchParams } from "./search-params";

export const NOTIFICATION_STATUS_PARAMS = {
  pending: "PENDING",
  delivering: "DELIVERING",
  delivered: "DELIVERED",
  failed: "FAILED",
} as const satisfies Record<string, NotificationStatus>;

type StatusParam = keyof typeof NOTIFICATION_STATUS_PARAMS;
const statusParam = z.enum(Object.keys(NOTIFICATION_STATUS_PARAMS) as StatusParam[]);

export type ParsedNotificationFilters = {
  status: NotificationStatus | undefined;
  query: { status?: StatusParam };
  cursor: string | null;
  invalid: "status"[];
};

/** Reads the notifications page's GET parameters (status, cursor); an unknown status is ignored. */
export function parseNotificationFilters(params: SearchParams): ParsedNotificationFilters {
  const raw = param(params, "status");
  const status = raw === undefined ? undefined : statusParam.safeParse(raw);
  const cursor = cursorParam.safeParse(param(params, "cursor"));
  return {
    status: status?.success ? NOTIFICATION_STATUS_PARAMS[status.data] : undefined,
    query: status?.success ? { status: status.data } : {},
    cursor: cursor.success ? cursor.data : null,
    invalid: status && !status.success ? ["status"] : [],
  };
}
