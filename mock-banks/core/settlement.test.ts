import { createPublicKey, verify } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startMockBanks, type RunningMockBanks } from "../start";
import { gatewayKeys } from "../testing/fake-gateway";

// The settlement endpoint and its test control, from the outside: only HTTP and the gateway's key.

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const gateway = gatewayKeys();
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

async function start(dataDir: string, testControls?: boolean): Promise<RunningMockBanks> {
  const running = await startMockBanks({
    dataDir,
    portBase: 0,
    gatewayPublicKeyPem: gateway.publicKeyPem,
    log: () => {},
    ...(testControls === undefined ? {} : { testControls }),
  });
  cleanups.push(() => running.stop());
  return running;
}

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mock-banks-settlement-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function download(url: string, date = today()): Promise<string> {
  const time = new Date().toISOString();
  const response = await fetch(`${url}/settlement/${date}`, {
    headers: {
      "x-gateway-time": time,
      "x-gateway-signature": gateway.sign(`GET /settlement/${date}\n${time}`),
    },
  });
  expect(response.status).toBe(200);
  return response.text();
}

const faults = (url: string, body: unknown) =>
  fetch(`${url}/test/settlement-faults`, { method: "POST", body: JSON.stringify(body) });

const SIGNATURE_LINES: Record<string, RegExp> = {
  icmb: /^<Signature>([A-Za-z0-9+/=]+)<\/Signature>$/m,
  ccmb: /^S([A-Za-z0-9+/=]+)$/m,
  mcmb: /^sign_type=RSA2&sign=([A-Za-z0-9+/=]+)$/m,
};

/** The signed part of a bank's file (everything before the signature line) and the signature. */
function split(code: string, file: string): { signed: string; signature: string } {
  const match = SIGNATURE_LINES[code]?.exec(file);
  if (!match) throw new Error(`no signature line in ${code}'s file`);
  return { signed: file.slice(0, match.index), signature: match[1] ?? "" };
}

describe("settlement files", () => {
  it("each bank signs its own layout; injected faults are journalled and survive a restart", async () => {
    const dataDir = tempDir();
    const running = await start(dataDir);
    for (const bank of running.banks) {
      const body = {
        date: today(),
        faults: [{ kind: "add_line", reference: "att_phantom", type: "payment", amount: "10000" }],
      };
      expect((await faults(bank.url, body)).status).toBe(200);
    }
    await running.stop();
    const again = await start(dataDir);
    for (const bank of again.banks) {
      const file = await download(bank.url);
      const { signed, signature } = split(bank.code, file);
      expect(
        verify(
          "sha256",
          Buffer.from(signed),
          createPublicKey(bank.publicKeyPem),
          Buffer.from(signature, "base64"),
        ),
      ).toBe(true);
      expect(file).toContain("att_phantom");
      if (bank.code === "icmb")
        expect(file).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<SettleFile BankCode="ICMB"/);
      if (bank.code === "ccmb") {
        const records = signed.split("\n").filter(Boolean);
        expect(records.map((r) => r[0])).toEqual(["H", "D", "T"]);
        for (const record of records) expect(record).toHaveLength(128);
        // The fee of ¥100.00 at 0.20%, half-up: ¥0.20.
        expect(records[1]?.slice(95, 107)).toBe("000000000020");
      }
      if (bank.code === "mcmb") expect(file).toContain(",100.00,0.30,TRADE_SUCCESS,");
    }
  });

  it("refuses malformed fault lists, and serves no test controls when they are off", async () => {
    const [bank] = (await start(tempDir())).banks;
    if (!bank) throw new Error("no bank");
    expect((await faults(bank.url, { date: "2026-02-30", faults: [] })).status).toBe(400);
    expect(
      (await faults(bank.url, { date: today(), faults: [{ kind: "explode", reference: "a" }] })).status,
    ).toBe(400);
    expect(
      (await faults(bank.url, { date: today(), faults: [{ kind: "change_fee", reference: "a", fee: "-1" }] }))
        .status,
    ).toBe(400);
    const [locked] = (await start(tempDir(), false)).banks;
    if (!locked) throw new Error("no bank");
    expect((await faults(locked.url, { date: today(), faults: [] })).status).toBe(404);
  });
});
