import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { MockBank } from "./core/bank";
import { createGatewayKeySource } from "./core/gateway-key";
import { bankRequestHandler } from "./core/routes";
import { BANK_PROFILES } from "./profiles";

export interface StartMockBanksOptions {
  /** Each bank keeps its keys and journal in <dataDir>/<code>/. Default .data/mock-banks. */
  dataDir?: string;
  host?: string;
  /** Bank n (0, 1, 2) listens on portBase + n; 0 gives every bank an ephemeral port. Default 4101. */
  portBase?: number;
  /** Per-bank ports, by bank code; these win over portBase. */
  ports?: Partial<Record<string, number>>;
  /** Only these bank codes (default: all). */
  only?: readonly string[];
  /** The gateway's public key; when absent it is fetched from gatewayPublicKeyUrl on first use. */
  gatewayPublicKeyPem?: string;
  gatewayPublicKeyUrl?: string;
  /** How long card ...0004 makes the shopper wait. Default 5000 ms. */
  slowMs?: number;
  /** How long refunds and payouts take to settle. Default 1000 ms. */
  asyncDelayMs?: number;
  /** First retry delay of notifications; each later one waits 4× longer. Default 2000 ms. */
  notifyBackoffMs?: number;
  notifyMaxAttempts?: number;
  notifyTimeoutMs?: number;
  /** Serve test controls such as POST /test/settlement-faults. Default true. */
  testControls?: boolean;
  log?: (line: string) => void;
}

export interface RunningBank {
  code: string;
  url: string;
  nameZh: string;
  nameEn: string;
  colour: string;
  wireFormat: string;
  publicKeyPem: string;
  balanceOf(cardNumber: string): bigint | undefined;
}

export interface RunningMockBanks {
  banks: RunningBank[];
  stop(): Promise<void>;
}

export async function startMockBanks(options: StartMockBanksOptions = {}): Promise<RunningMockBanks> {
  const dataDir = path.resolve(options.dataDir ?? ".data/mock-banks");
  const host = options.host ?? "127.0.0.1";
  const gatewayKey = createGatewayKeySource({
    pem: options.gatewayPublicKeyPem,
    url: options.gatewayPublicKeyUrl ?? "http://localhost:3000/api/v1/platform-key",
  });
  const started: { bank: MockBank; server: Server }[] = [];
  const stop = async () => {
    await Promise.all(started.map(({ bank, server }) => close(bank, server)));
  };
  try {
    const profiles = BANK_PROFILES.filter((p) => !options.only || options.only.includes(p.code));
    for (const profile of profiles) {
      const bank = new MockBank(profile, {
        dataDir: path.join(dataDir, profile.code),
        gatewayKey,
        slowMs: options.slowMs ?? 5_000,
        asyncDelayMs: options.asyncDelayMs ?? 1_000,
        testControls: options.testControls ?? true,
        outbox: {
          backoffMs: options.notifyBackoffMs ?? 2_000,
          maxAttempts: options.notifyMaxAttempts ?? 6,
          timeoutMs: options.notifyTimeoutMs ?? 10_000,
        },
        log: options.log ?? ((line) => console.log(line)),
      });
      const server = createServer(bankRequestHandler(bank));
      started.push({ bank, server });
      const base = options.portBase ?? BANK_PROFILES[0]?.defaultPort ?? 4101;
      const port = options.ports?.[profile.code] ?? (base === 0 ? 0 : base + BANK_PROFILES.indexOf(profile));
      await listen(server, port, host);
      bank.resume();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const publicHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  return {
    banks: started.map(({ bank, server }) => {
      const { port } = server.address() as AddressInfo;
      return {
        code: bank.profile.code,
        url: `http://${publicHost}:${port}`,
        nameZh: bank.profile.nameZh,
        nameEn: bank.profile.nameEn,
        colour: bank.profile.colour,
        wireFormat: bank.protocol.wireFormat,
        publicKeyPem: bank.keys.publicKeyPem,
        balanceOf: (card) => bank.balanceOf(card),
      };
    }),
    stop,
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function close(bank: MockBank, server: Server): Promise<void> {
  bank.stop();
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
