import { spawn } from "node:child_process";

// (d) The ledger's invariants after the runs, checked by the operator's own command
// (`npm run paylane -- ledger check`) against the bench database: the bench fails if it does not
// balance, whatever the speed figures say.

export type LedgerCheckResult = { ok: boolean; exitCode: number | null; output: string };

export function runLedgerCheck(databaseUrl: string): Promise<LedgerCheckResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "paylane", "--", "ledger", "check"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ ok: code === 0, exitCode: code, output: output.trim() }));
  });
}
