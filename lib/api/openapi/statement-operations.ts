import { z } from "zod";
import { STATEMENT_HEADER } from "@/lib/statements/statement-csv";
import type { ApiOperation } from "./operation";

const EXAMPLE =
  STATEMENT_HEADER +
  "payment,A1001,,pay_01JD3Z8W6Q4N,1999,12,1987,CNY,succeeded,bank_card,2026-11-22T01:58:03.120Z,2026-11-22T02:00:41.518Z\n" +
  "refund,A0977,R0977-1,pay_01JD1K2M9P7T,-500,0,-500,CNY,succeeded,wallet,2026-11-22T03:10:00.004Z,2026-11-22T03:10:00.004Z\n";

export const statementOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/statements/{date}",
    operationId: "getStatement",
    tag: "Statements",
    summary: "Download a daily statement (CSV)",
    description:
      "One CSV row for every payment that succeeded (by `paidAt`) and every refund that completed (by " +
      "`completedAt`) during the Asia/Shanghai calendar day `date`, ordered by `completed_at`, then by the " +
      "gateway's id. UTF-8, comma-separated, LF line ends, RFC 4180 quoting; amounts in fen. `net` = `amount` " +
      "− `fee`; refund rows have negative `amount` and `net` and `fee` 0 (the payment's fee is not returned). " +
      "`method` is how the payment was paid, on its refunds too. Today's statement may still grow; a day " +
      'after today (Asia/Shanghai) answers `400 invalid_request` with `field: "date"`. The response is ' +
      "signed like every other answer.",
    signed: true,
    pathParams: [
      {
        name: "date",
        schema: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        description: "The statement's day, YYYY-MM-DD in Asia/Shanghai.",
      },
    ],
    responses: {
      200: {
        description: "The statement (header row only when nothing happened).",
        contentType: "text/csv",
        example: EXAMPLE,
      },
    },
    errors: ["invalid_request"],
  },
];
