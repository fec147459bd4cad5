// Test support: the mock banks started in-process, and a real HTTP endpoint where they post their
// payment and refund notifications, handled by the gateway's own code. The test file must set
// APP_URL to http://127.0.0.1:<port> (vi.hoisted) before importing the app, so connectors tell the
// banks to notify that port.
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { startMockBanks } from "@/mock-banks";
import { createBankRegistry } from "@/lib/banks";
import { getPlatformPrivateKey, getPlatformPublicKeyPem } from "@/lib/signing/platform-key";
import { signRsaSha256 } from "@/lib/signing/rsa";
import { handleRefundNotification } from "@/lib/refunds/handle-refund-notification";
import { handleBankNotification } from "./handle-bank-notification";

export type BankHarness = {
  banks: Awaited<ReturnType<typeof startMockBanks>>;
  stop(): Promise<void>;
};

function startGatewayEndpoint(port: number): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const [, code = "", refunds] =
        /^\/api\/banks\/([^/]+)\/(refunds\/)?notify/.exec(request.url ?? "") ?? [];
      const handle = refunds ? handleRefundNotification : handleBankNotification;
      void handle(db, code, { body, contentType: request.headers["content-type"] }).then((ack) =>
        response.writeHead(ack.status, { "content-type": ack.contentType }).end(ack.body),
      );
    });
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

/** Starts the three mock banks (fast timings) and the gateway's notification endpoint on `port`. */
export async function startBankHarness(port: number): Promise<BankHarness> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "paylane-gw-banks-"));
  const banks = await startMockBanks({
    dataDir,
    portBase: 0,
    gatewayPublicKeyPem: await getPlatformPublicKeyPem(db),
    slowMs: 50,
    notifyBackoffMs: 50,
    asyncDelayMs: 50,
    log: () => {},
  });
  const privateKey = await getPlatformPrivateKey(db);
  (globalThis as { paylaneBanks?: unknown }).paylaneBanks = createBankRegistry({
    signer: { sign: (data) => signRsaSha256(privateKey, data) },
    config: { urls: Object.fromEntries(banks.banks.map((b) => [b.code, b.url])) },
  });
  const gateway = await startGatewayEndpoint(port);
  return {
    banks,
    async stop() {
      await banks.stop();
      await new Promise((resolve) => gateway.close(resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
