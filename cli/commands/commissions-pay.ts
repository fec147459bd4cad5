import { isMonth } from "@/lib/commissions/commission-month";
import { parseFlags, requireString, UsageError } from "../args";
import type { CliCommand } from "../command";

const options = { month: { type: "string" }, json: { type: "boolean" } } as const;

export const commissionsPay: CliCommand = {
  name: "commissions pay",
  summary: "Pay agents their commissions for a month (what the monthly job does)",
  help: `Usage: npm run paylane -- commissions pay --month <YYYY-MM> [--json]

Pays every agent its commissions for a Shanghai calendar month, with any earlier ones still unpaid:
one payout per agent, sent to its bank account through the banks' payout path (the running app's
workers send it). A month is paid once: running it again pays nothing twice. The monthly job pays
the previous month by itself; this is for paying a month now.

Exit code 0 when every agent due was paid (or nothing was due), 1 when an agent could not be.

Options:
  --month <YYYY-MM>  the month (required; one that has begun)
  --json             print {"month", "payouts": [...], "failed": [...]} (amounts as strings of fen)
  -h, --help         show this help`,
  prepare(args) {
    const flags = parseFlags(args, options);
    const month = requireString(flags.month, "month").trim();
    if (!isMonth(month)) throw new UsageError("Option --month must be YYYY-MM, like 2026-10");
    const input = { month, json: flags.json ?? false };
    return async (ctx) => {
      const { payCommissions } = await import("../actions/pay-commissions");
      return payCommissions(ctx, input);
    };
  },
};
