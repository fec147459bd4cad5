import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startMockBanks, type RunningMockBanks } from "../../../mock-banks";
import { createBankRegistry, type BankRegistry } from "../registry";
import { testPlatformSigner } from "./gateway-key";
import { startInbox, type Inbox } from "./inbox";

export const SLOW_MS = 150;

export interface Harness {
  banks: RunningMockBanks;
  inbox: Inbox;
  registry: BankRegistry;
  signer: ReturnType<typeof testPlatformSigner>;
  /** A bank's private key, as a forger who stole it (or another bank) would have it. */
  bankPrivateKeyPem(code: string): string;
  stop(): Promise<void>;
}

/**
 * The whole cast of an end-to-end bank test: the three mock banks in-process on ephemeral ports, a stand-in
 * for the gateway's notification endpoints, and a registry of connectors pointed at the banks.
 */
export async function startHarness(options: { notifyBackoffMs?: number } = {}): Promise<Harness> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "paylane-banks-"));
  const signer = testPlatformSigner();
  const inbox = await startInbox();
  const banks = await startMockBanks({
    dataDir,
    portBase: 0,
    gatewayPublicKeyPem: signer.publicKeyPem,
    slowMs: SLOW_MS,
    asyncDelayMs: 20,
    notifyBackoffMs: options.notifyBackoffMs ?? 20,
    log: () => {},
  });
  const registry = createBankRegistry({
    signer,
    config: { urls: Object.fromEntries(banks.banks.map((bank) => [bank.code, bank.url])), timeoutMs: 5_000 },
  });
  return {
    banks,
    inbox,
    registry,
    signer,
    bankPrivateKeyPem: (code) => readFileSync(path.join(dataDir, code, "private-key.pem"), "utf8"),
    async stop() {
      await banks.stop();
      await inbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
