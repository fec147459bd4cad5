import { checkLedger, type LedgerBreach, type LedgerCheckReport } from "@/lib/ledger/check";
import { formatCny } from "@/lib/money";
import type { CliContext } from "../command";

function describeBreach(breach: LedgerBreach): string {
  switch (breach.invariant) {
    case "entries_balanced":
      return `entry ${breach.entryId} (${breach.eventType} ${breach.eventId}): ${breach.postings} postings summing to ${breach.sum}`;
    case "balances_match_postings":
      return `account ${breach.accountCode}: stored balance ${breach.stored}, postings say ${breach.fromPostings}`;
    case "no_forbidden_negative":
      return `account ${breach.accountCode}: balance ${breach.balance} may not be negative`;
    case "trial_balance":
      return `all postings sum to ${breach.sum}, not 0`;
    case "balance_sheet":
      return `debit-normal balances ${breach.debitNormal} ≠ credit-normal balances ${breach.creditNormal}`;
  }
}

function formatReport(report: LedgerCheckReport): string {
  const { counts, totals } = report;
  const lines = [
    `Ledger check: ${report.ok ? "OK" : "BREACH"}`,
    `  accounts  ${counts.accounts.toLocaleString("en-US")}`,
    `  entries   ${counts.entries.toLocaleString("en-US")}`,
    `  postings  ${counts.postings.toLocaleString("en-US")}`,
    `  debits    ${formatCny(totals.debits)}`,
    `  credits   ${formatCny(totals.credits)}  (${totals.debits === totals.credits ? "= debits" : "≠ debits"})`,
    "",
    ...report.invariants.map(
      (i) =>
        `  ${i.ok ? "OK    " : "BREACH"}  ${i.invariant.padEnd(24)} ${i.description}${i.ok ? "" : ` (${i.breaches})`}`,
    ),
  ];
  if (report.breaches.length > 0) {
    lines.push(
      "",
      "Breaches (first of each kind):",
      ...report.breaches.map((b) => `  - ${describeBreach(b)}`),
    );
  }
  return lines.join("\n");
}

// JSON has no bigint: amounts are written as strings of minor units.
function toJson(report: LedgerCheckReport): string {
  return JSON.stringify(
    report,
    (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value),
    2,
  );
}

export async function runLedgerCheck(ctx: CliContext, input: { json: boolean }): Promise<number> {
  const report = await checkLedger(ctx.db);
  ctx.out(input.json ? toJson(report) : formatReport(report));
  return report.ok ? 0 : 1;
}
