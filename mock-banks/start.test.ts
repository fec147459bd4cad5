import { createPublicKey } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { mockBankOptionsFromEnv } from "./env";
import { startMockBanks, type RunningMockBanks, type StartMockBanksOptions } from "./start";
import { gatewayKeys, mcmbPayUrl, mcmbQuery, notificationSink, payAt } from "./testing/fake-gateway";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mock-banks-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function start(options: StartMockBanksOptions): Promise<RunningMockBanks> {
  const running = await startMockBanks({
    portBase: 0,
    log: () => {},
    asyncDelayMs: 10,
    notifyBackoffMs: 20,
    ...options,
  });
  cleanups.push(() => running.stop());
  return running;
}

const urlOf = (running: RunningMockBanks, code: string) =>
  running.banks.find((b) => b.code === code)?.url ?? "";

describe("startMockBanks", () => {
  it("starts three banks, each with its own key, name, colour and wire format", async () => {
    const running = await start({ dataDir: tempDir(), gatewayPublicKeyPem: gatewayKeys().publicKeyPem });
    expect(running.banks.map((b) => b.code)).toEqual(["icmb", "ccmb", "mcmb"]);
    expect(new Set(running.banks.map((b) => b.wireFormat)).size).toBe(3);
    const keys = new Set<string>();
    for (const bank of running.banks) {
      const pem = await (await fetch(`${bank.url}/.well-known/bank-key.pem`)).text();
      expect(createPublicKey(pem).asymmetricKeyDetails?.modulusLength).toBe(2048);
      keys.add(pem);
      const home = await (await fetch(bank.url)).text();
      expect(home).toContain(bank.nameZh);
      expect(home).toContain(bank.nameEn.replace("&", "&#38;"));
      expect(home).toContain(bank.colour);
      expect((await fetch(`${bank.url}/nowhere`)).status).toBe(404);
    }
    expect(keys.size).toBe(3);
  });

  it("keeps keys, balances, transactions and unsent notifications across a restart", async () => {
    const dataDir = tempDir();
    const gateway = gatewayKeys();
    let answer = 503;
    const sink = await notificationSink(() => answer);
    cleanups.push(() => sink.close());

    const first = await start({
      dataDir,
      gatewayPublicKeyPem: gateway.publicKeyPem,
      notifyBackoffMs: 60_000,
      only: ["mcmb", "icmb"],
    });
    const before = first.banks[1]?.publicKeyPem;
    const paid = await payAt(
      mcmbPayUrl(urlOf(first, "mcmb"), gateway, "att_restart", sink.url),
      "6222020000000001",
    );
    expect(paid.status).toBe(302);
    await first.stop();

    answer = 200;
    const second = await start({
      dataDir,
      gatewayPublicKeyPem: gateway.publicKeyPem,
      only: ["mcmb", "icmb"],
    });
    expect(second.banks[1]?.publicKeyPem).toBe(before);
    expect(second.banks[1]?.balanceOf("6222020000000001")).toBe(1_000_000_000n - 1999n);
    expect(second.banks[0]?.balanceOf("6222020000000001")).toBe(1_000_000_000n); // banks do not share books
    const status = await mcmbQuery(urlOf(second, "mcmb"), gateway, "att_restart");
    expect(status).toMatchObject({ code: "10000", trade_status: "TRADE_SUCCESS", total_amount: "19.99" });
    await expect.poll(() => sink.bodies.length).toBe(1);
    expect(sink.bodies[0]).toContain("out_trade_no=att_restart");

    const journal = readFileSync(path.join(dataDir, "mcmb", "journal.jsonl"), "utf8");
    expect(journal).toContain("att_restart");
    expect(journal).not.toContain("6222020000000001");
    expect(readdirSync(path.join(dataDir, "mcmb")).sort()).toEqual([
      "journal.jsonl",
      "private-key.pem",
      "public-key.pem",
    ]);
  });

  it("fetches the gateway's key lazily, once, and says so clearly when it cannot", async () => {
    const gateway = gatewayKeys();
    let fetches = 0;
    const keyServer = createServer((_req, res) => {
      fetches += 1;
      res.writeHead(200, { "content-type": "text/plain" }).end(gateway.publicKeyPem);
    });
    await new Promise<void>((resolve) => keyServer.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise<void>((resolve) => keyServer.close(() => resolve())));
    const keyUrl = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}/api/v1/platform-key`;

    const running = await start({ dataDir: tempDir(), gatewayPublicKeyUrl: keyUrl, only: ["mcmb"] });
    expect(fetches).toBe(0);
    const bank = urlOf(running, "mcmb");
    expect((await fetch(mcmbPayUrl(bank, gateway, "att_k1", "http://127.0.0.1:9"))).status).toBe(200);
    expect((await fetch(mcmbPayUrl(bank, gateway, "att_k2", "http://127.0.0.1:9"))).status).toBe(200);
    expect(fetches).toBe(1);

    const orphan = await start({
      dataDir: tempDir(),
      gatewayPublicKeyUrl: "http://127.0.0.1:9/key",
      only: ["mcmb"],
    });
    const page = await fetch(mcmbPayUrl(urlOf(orphan, "mcmb"), gateway, "att_k3", "http://127.0.0.1:9"));
    expect(page.status).toBe(503);
    expect(await page.text()).toContain("try again");
  });

  it("reads its settings from the environment", () => {
    expect(
      mockBankOptionsFromEnv({
        MOCK_BANK_PORT_BASE: "5100",
        MOCK_BANK_CCMB_PORT: "6000",
        MOCK_BANKS_DATA_DIR: "/tmp/x",
        MOCK_BANK_SLOW_MS: "10",
        GATEWAY_PUBLIC_KEY_URL: "http://gw/key",
        MOCK_BANK_HOST: "",
      }),
    ).toEqual({
      portBase: 5100,
      ports: { ccmb: 6000 },
      dataDir: "/tmp/x",
      slowMs: 10,
      gatewayPublicKeyUrl: "http://gw/key",
    });
    expect(() => mockBankOptionsFromEnv({ MOCK_BANK_SLOW_MS: "fast" })).toThrow(/MOCK_BANK_SLOW_MS/);
  });
});
