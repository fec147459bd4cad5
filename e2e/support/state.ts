import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What the e2e web server set up, for the tests (which run in another process) to use. */
export type E2eState = {
  databaseUrl: string;
  merchant: { merchantId: string; keyId: string; privateKeyPem: string };
};

export const E2E_STATE_DIR = path.join(process.cwd(), ".data", "e2e");
const STATE_FILE = path.join(E2E_STATE_DIR, "state.json");

export function writeE2eState(state: E2eState): void {
  mkdirSync(E2E_STATE_DIR, { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify(state), { mode: 0o600 });
}

export function readE2eState(): E2eState {
  return JSON.parse(readFileSync(STATE_FILE, "utf8")) as E2eState;
}
