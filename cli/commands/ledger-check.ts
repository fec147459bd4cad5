import { parseFlags } from "../args";
import type { CliCommand } from "../command";

const options = { json: { type: "boolean" } } as const;

export const ledgerCheck: CliCommand = {
  name: "ledger check",
  summary: "Verify every ledger invariant; exit code 1 on any breach",
  help: `Usage: npm run paylane -- ledger check [--json]

Re-derives the ledger's invariants from the stored rows, in one consistent snapshot: every journal
entry balances, every account's balance equals its postings, no account is negative unless allowed,
and total debits equal total credits. Safe to run while the gateway is taking payments.

Exit code 0 when the ledger is sound, 1 on any breach.

Options:
  --json      print the report as JSON (amounts as strings of minor units)
  -h, --help  show this help`,
  prepare(args) {
    const flags = parseFlags(args, options);
    return async (ctx) => {
      const { runLedgerCheck } = await import("../actions/ledger-check");
      return runLedgerCheck(ctx, { json: flags.json ?? false });
    };
  },
};
