import { z } from "zod";
import type { PaymentMethod } from "@/generated/prisma/enums";
import type { ListedPaymentStatus, PaymentListFilter } from "@/lib/payments";
import { addDays, isCalendarDay, startOfShanghaiDay } from "./shanghai-day";
import { param, type SearchParams } from "./search-params";

// The query string speaks the merchant API's words (status=succeeded, method=bank_card), so a link
// copied from the dashboard reads like the payment object it lists.
export const STATUS_PARAMS = {
  pending: "PENDING",
  succeeded: "SUCCEEDED",
  reversed: "REVERSED",
  failed: "FAILED",
  expired: "EXPIRED",
  closed: "CLOSED",
} as const satisfies Record<string, ListedPaymentStatus>;

export const METHOD_PARAMS = {
  bank_card: "BANK_CARD",
  wallet: "WALLET",
  prepaid_card: "PREPAID_CARD",
} as const satisfies Record<string, PaymentMethod>;

const statusParam = z.enum(Object.keys(STATUS_PARAMS) as (keyof typeof STATUS_PARAMS)[]);
const methodParam = z.enum(Object.keys(METHOD_PARAMS) as (keyof typeof METHOD_PARAMS)[]);
// Order ids are 1–64 of these characters (merchant API); a prefix of one is searched.
const orderIdParam = z
  .string()
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const dayParam = z.string().refine(isCalendarDay);
export const cursorParam = z.string().regex(/^[a-z]{2,8}_[0-9a-z]{26}$/);

export type PaymentFilterField = "q" | "status" | "method" | "from" | "to";

export type ParsedPaymentFilters = {
  filter: PaymentListFilter;
  /** The query as understood, to refill the form and build page links (invalid fields left out). */
  query: Partial<Record<PaymentFilterField, string>>;
  cursor: string | null;
  /** Fields whose value was not understood; they are ignored, and the page says so. */
  invalid: PaymentFilterField[];
};

/**
 * Reads the payments list's GET parameters (q, status, method, from, to, cursor). Dates are Shanghai
 * calendar days and both ends are inclusive: to=2026-11-22 includes the whole of the 22nd.
 */
export function parsePaymentFilters(params: SearchParams): ParsedPaymentFilters {
  const invalid: PaymentFilterField[] = [];
  const query: ParsedPaymentFilters["query"] = {};
  const read = <T>(field: PaymentFilterField, schema: z.ZodType<T>): T | undefined => {
    const raw = param(params, field);
    if (raw === undefined) return undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      invalid.push(field);
      return undefined;
    }
    query[field] = raw;
    return parsed.data;
  };
  const q = read("q", orderIdParam);
  const status = read("status", statusParam);
  const method = read("method", methodParam);
  const fromDay = read("from", dayParam);
  let toDay = read("to", dayParam);
  if (fromDay && toDay && toDay < fromDay) {
    invalid.push("to");
    delete query.to;
    toDay = undefined;
  }
  const cursor = cursorParam.safeParse(param(params, "cursor"));
  return {
    filter: {
      ...(q ? { orderIdPrefix: q } : {}),
      ...(status ? { status: STATUS_PARAMS[status] } : {}),
      ...(method ? { method: METHOD_PARAMS[method] } : {}),
      ...(fromDay ? { from: startOfShanghaiDay(fromDay) } : {}),
      ...(toDay ? { to: startOfShanghaiDay(addDays(toDay, 1)) } : {}),
    },
    query,
    cursor: cursor.success ? cursor.data : null,
    invalid,
  };
}
