import { z } from "zod";
import { addDays, isCalendarDay, startOfShanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { param, type SearchParams } from "@/lib/merchant-dashboard/search-params";
import { DIRECTIONS, MOVEMENT_KINDS, type Direction, type MovementKind } from "./movement-kinds";

export type WalletHistoryFilter = {
  direction?: Direction;
  kind?: MovementKind;
  /** Movements at or after this instant. */
  from?: Date;
  /** Movements before this instant. */
  to?: Date;
};

export type ParsedWalletHistory = {
  filter: WalletHistoryFilter;
  /** The query as understood, to refill the form and build page links (invalid fields left out). */
  query: Partial<Record<WalletHistoryField, string>>;
  cursor: string | null;
  /** Fields whose value was not understood; they are ignored, and the page says so. */
  invalid: WalletHistoryField[];
};

// The query string's filters; each is checked on its own, so one bad value drops only that filter.
const historyQuery = z.object({
  direction: z.enum(DIRECTIONS).optional(),
  type: z.enum(MOVEMENT_KINDS).optional(),
  from: z.string().refine(isCalendarDay).optional(),
  to: z.string().refine(isCalendarDay).optional(),
});

export type WalletHistoryField = keyof typeof historyQuery.shape;

const FIELDS = Object.keys(historyQuery.shape).filter((key): key is WalletHistoryField =>
  Object.hasOwn(historyQuery.shape, key),
);

// A posting id: the history pages on it (lib/ledger getAccountHistory's cursor too).
export const historyCursorParam = z.string().regex(/^\d{1,19}$/);

/**
 * Reads the wallet history's GET parameters: direction (in|out), type (payment, refund, transfer,
 * topup, withdrawal, other), from and to (China Standard Time calendar days, both included), cursor.
 */
export function parseWalletHistory(params: SearchParams): ParsedWalletHistory {
  const query: ParsedWalletHistory["query"] = {};
  const invalid = FIELDS.filter((field) => {
    const raw = param(params, field);
    if (raw === undefined) return false;
    if (!historyQuery.shape[field].safeParse(raw).success) return true;
    query[field] = raw;
    return false;
  });
  if (query.from && query.to && query.to < query.from) {
    invalid.push("to");
    delete query.to;
  }
  const { direction, type, from, to } = historyQuery.parse(query);
  const cursor = historyCursorParam.safeParse(param(params, "cursor"));
  return {
    filter: {
      ...(direction ? { direction } : {}),
      ...(type ? { kind: type } : {}),
      ...(from ? { from: startOfShanghaiDay(from) } : {}),
      ...(to ? { to: startOfShanghaiDay(addDays(to, 1)) } : {}),
    },
    query,
    cursor: cursor.success ? cursor.data : null,
    invalid,
  };
}
