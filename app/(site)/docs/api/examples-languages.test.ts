// Runs the Python, PHP and Java signing examples of /docs/api exactly as published against a stand-in
// gateway written from the spec alone. Each is skipped where its language (or library) is not installed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAYMENT_BODY } from "@/components/docs/examples/curl";
import { startHarness, type Harness } from "./example-harness";

const SPEC_CANONICAL = "GET\n/api/v1/payments/A1001\n1795320000\nq8Fz2LmN0pXr7sTu\n\n";
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** Creates, reads, closes and downloads with one example, then checks it refuses a tampered response. */
async function exercise(command: string, file: string) {
  const call = (...args: string[]) => h.expectAccepted(() => h.run(command, [file, ...args]));
  expect((await call("POST", "/api/v1/payments", PAYMENT_BODY)).stdout).toMatch(/^201 /);
  expect(h.lastBody()).toBe(PAYMENT_BODY);
  await call("POST", "/api/v1/payments/A1001/close");
  expect((await call("GET", "/api/v1/refunds/R1001-1")).stdout).toContain("蓝色杯子");
  expect((await call("GET", "/api/v1/statements/2026-11-22")).stdout).toMatch(/^200 type,order_id,/);
  await h.expectTamperRefused(() => h.run(command, [file, "GET", "/api/v1/balance"]));
}

describe("Python example (cryptography)", () => {
  it("builds the spec's example canonical string", async (ctx) => {
    if (!(await h.has("python3", ["-c", "import cryptography"]))) ctx.skip();
    const script = `import json, paylane
print(json.dumps(paylane.canonical_string("GET", "/api/v1/payments/A1001", "1795320000", "q8Fz2LmN0pXr7sTu", "")))`;
    expect(JSON.parse((await h.run("python3", ["-c", script])).stdout)).toBe(SPEC_CANONICAL);
  });

  it("signs requests the gateway accepts and refuses a tampered response", async (ctx) => {
    if (!(await h.has("python3", ["-c", "import cryptography"]))) ctx.skip();
    await exercise("python3", "paylane.py");
  });
});

describe("PHP example (openssl, curl)", () => {
  it("signs requests the gateway accepts and refuses a tampered response", async (ctx) => {
    const check = "exit(function_exists('curl_init') && function_exists('openssl_sign') ? 0 : 1);";
    if (!(await h.has("php", ["-r", check]))) ctx.skip();
    await exercise("php", "paylane.php");
  });
});

describe("Java example (java.security.Signature)", () => {
  it("signs requests the gateway accepts and refuses a tampered response", async (ctx) => {
    if (!(await h.has("java", ["-version"]))) ctx.skip();
    await exercise("java", "PaylaneExample.java");
  });
});
