// Shared by the example tests: a temporary directory holding the published example files and key files, a
// stand-in gateway, and helpers that run an example as a child process and check what the gateway saw.
import { execFile } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { PUBLISHED_EXAMPLES } from "@/components/docs/examples/published";
import { startMockGateway, type MockGateway } from "./mock-gateway";

/** Every file public/docs/ serves (the page shows the same files). */
export const FILES: Record<string, string> = PUBLISHED_EXAMPLES;

export type Env = Record<string, string | undefined>;
export type Run = { code: number; stdout: string; stderr: string };

export type Harness = Awaited<ReturnType<typeof startHarness>>;

export async function startHarness() {
  const merchant = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const platform = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const dir = await mkdtemp(path.join(tmpdir(), "paylane-docs-"));
  for (const [name, text] of Object.entries(FILES)) await writeFile(path.join(dir, name), text);
  await chmod(path.join(dir, "paylane-sign.sh"), 0o755);
  await chmod(path.join(dir, "paylane-verify.sh"), 0o755);
  const privatePem = merchant.privateKey.export({ type: "pkcs8", format: "pem" });
  await writeFile(path.join(dir, "merchant.pem"), privatePem);
  await writeFile(path.join(dir, "platform.pem"), platform.publicKey.export({ type: "spki", format: "pem" }));
  const gateway: MockGateway = await startMockGateway({
    merchantId: "M100001",
    keyId: "key_1",
    merchantPublicKey: merchant.publicKey,
    platformPrivateKey: platform.privateKey,
  });
  // The examples run as child processes, which need the tools on PATH (and HOME for Java).
  // eslint-disable-next-line no-restricted-properties
  const { PATH, HOME } = process.env;
  const env: Env = {
    PATH,
    HOME,
    SHLVL: "1", // else bash, its stdin being a socket, reads /etc/bash.bashrc as for a remote shell
    PAYLANE_URL: gateway.url,
    PAYLANE_MERCHANT_ID: "M100001",
    PAYLANE_KEY_ID: "key_1",
    PAYLANE_PRIVATE_KEY_FILE: path.join(dir, "merchant.pem"),
    PAYLANE_PLATFORM_KEY_FILE: path.join(dir, "platform.pem"),
  };

  function run(command: string, args: string[], extraEnv: Env = {}): Promise<Run> {
    const childEnv = { ...env, ...extraEnv, NODE_ENV: "test" as const };
    return new Promise((resolve) => {
      execFile(command, args, { cwd: dir, env: childEnv, timeout: 50_000 }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      });
    });
  }

  /** Runs `action`, then expects it to have succeeded quietly and every request it made to be accepted. */
  async function expectAccepted(action: () => Promise<Run>, requests = 1): Promise<Run> {
    gateway.tamper = false;
    const before = gateway.records.length;
    const result = await action();
    const made = gateway.records.slice(before);
    expect(made.map((r) => r.reason)).toEqual(Array<string>(requests).fill(""));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    return result;
  }

  /** Runs `action` while the gateway alters its responses after signing; the example must fail. */
  async function expectTamperRefused(action: () => Promise<Run>): Promise<void> {
    gateway.tamper = true;
    try {
      expect((await action()).code).not.toBe(0);
    } finally {
      gateway.tamper = false;
    }
  }

  return {
    dir,
    env,
    merchant,
    platform,
    gateway,
    run,
    has: (command: string, args: string[]) => run(command, args).then((r) => r.code === 0),
    expectAccepted,
    expectTamperRefused,
    lastBody: () => gateway.records.at(-1)?.body,
    close: async () => {
      await gateway.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
