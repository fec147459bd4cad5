// Runs the signing examples of /docs/api exactly as published (shell scripts with curl, and Node) against a
// stand-in gateway written from the spec alone: their requests must be accepted, and a response altered
// after signing must be refused. Python, PHP and Java: examples-languages.test.ts.
import { spawn } from "node:child_process";
import { randomBytes, sign, verify } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { connect, createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as curl from "@/components/docs/examples/curl";
import { startHarness, type Harness } from "./example-harness";

const SPEC_CANONICAL = "GET\n/api/v1/payments/A1001\n1795320000\nq8Fz2LmN0pXr7sTu\n\n";
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe("canonical string", () => {
  it("the Node example builds the spec's example string", async () => {
    const script = `import { canonicalString } from "./paylane.mjs";
process.stdout.write(JSON.stringify(canonicalString("GET", "/api/v1/payments/A1001", "1795320000", "q8Fz2LmN0pXr7sTu", "")));`;
    const result = await h.run("node", ["--input-type=module", "-e", script]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toBe(SPEC_CANONICAL);
  });
});

describe("shell: paylane-sign.sh, curl and paylane-verify.sh", () => {
  it("signs the spec's example exactly as node:crypto does, and the signature verifies", async () => {
    const result = await h.run("./paylane-sign.sh", ["GET", "/api/v1/payments/A1001"], {
      PAYLANE_TIMESTAMP: "1795320000",
      PAYLANE_NONCE: "q8Fz2LmN0pXr7sTu",
    });
    expect(result.code).toBe(0);
    const expected = sign("sha256", Buffer.from(SPEC_CANONICAL), h.merchant.privateKey).toString("base64");
    expect(result.stdout).toBe(
      `Authorization: PAYLANE-RSA-SHA256 merchant_id="M100001",key_id="key_1",timestamp="1795320000",nonce="q8Fz2LmN0pXr7sTu",signature="${expected}"\n`,
    );
    const signature = Buffer.from(/signature="([^"]+)"/.exec(result.stdout)?.[1] ?? "", "base64");
    expect(verify("sha256", Buffer.from(SPEC_CANONICAL), h.merchant.publicKey, signature)).toBe(true);
  });

  it("signs a body file byte for byte, newlines included, with a fresh nonce", async () => {
    const body = '{"orderId":"A1001",\n "subject":"蓝色杯子"}\n';
    await writeFile(path.join(h.dir, "body.json"), body);
    const result = await h.run("./paylane-sign.sh", ["POST", "/api/v1/payments", "body.json"]);
    const [, timestamp, nonce, signature = ""] =
      /timestamp="(\d+)",nonce="([A-Za-z0-9]{16,64})",signature="([^"]+)"/.exec(result.stdout) ?? [];
    const canonical = `POST\n/api/v1/payments\n${timestamp}\n${nonce}\n${body}\n`;
    const publicKey = h.merchant.publicKey;
    expect(verify("sha256", Buffer.from(canonical), publicKey, Buffer.from(signature, "base64"))).toBe(true);
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(5);
  });

  const snippets = {
    "create payment": curl.CURL_CREATE_PAYMENT,
    "get payment": curl.CURL_GET_PAYMENT,
    "close payment (POST without body)": curl.CURL_CLOSE_PAYMENT,
    "create refund": curl.CURL_CREATE_REFUND,
    "get refund": curl.CURL_GET_REFUND,
    balance: curl.CURL_BALANCE,
    "statement (CSV)": curl.CURL_STATEMENT,
  };
  for (const [name, snippet] of Object.entries(snippets)) {
    it(`the documented curl example works: ${name}`, async () => {
      const result = await h.expectAccepted(() => h.run("bash", ["-euo", "pipefail", "-c", snippet]));
      expect(result.stdout).toMatch(/^Verified OK\n/);
    });
  }

  it("sends the body it signed", async () => {
    await h.expectAccepted(() => h.run("bash", ["-euo", "pipefail", "-c", curl.CURL_CREATE_PAYMENT]));
    expect(h.lastBody()).toBe(`${curl.PAYMENT_BODY}\n`);
  });

  it("paylane-verify.sh refuses a response altered after signing", async () => {
    await h.expectTamperRefused(() => h.run("bash", ["-euo", "pipefail", "-c", curl.CURL_GET_PAYMENT]));
  });
});

describe("Node example", () => {
  it("creates, reads and closes a payment and downloads a statement, verifying each response", async () => {
    const node = (...args: string[]) => h.expectAccepted(() => h.run("node", ["paylane.mjs", ...args]));
    expect((await node("POST", "/api/v1/payments", curl.PAYMENT_BODY)).stdout).toMatch(/^201 /);
    expect(h.lastBody()).toBe(curl.PAYMENT_BODY);
    expect((await node("GET", "/api/v1/payments/A1001")).stdout).toMatch(/^200 /);
    await node("POST", "/api/v1/payments/A1001/close");
    expect((await node("GET", "/api/v1/statements/2026-11-22")).stdout).toMatch(/^200 type,order_id,/);
  });

  it("throws on a response altered after signing", async () => {
    await h.expectTamperRefused(() => h.run("node", ["paylane.mjs", "GET", "/api/v1/balance"]));
  });

  it("the notification receiver acknowledges signed events and refuses forged ones", async () => {
    const port = await freePort();
    const childEnv = { ...h.env, PORT: String(port), NODE_ENV: "test" as const };
    const child = spawn("node", ["notify.mjs"], { cwd: h.dir, env: childEnv });
    try {
      await waitForPort(port);
      const body = JSON.stringify({
        id: "evt_1",
        type: "payment.succeeded",
        createdAt: "",
        data: { orderId: "A1" },
      });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const nonce = randomBytes(16).toString("hex");
      const signed = Buffer.from(`${timestamp}\n${nonce}\n${body}\n`);
      const headers = {
        "Content-Type": "application/json",
        "Paylane-Timestamp": timestamp,
        "Paylane-Nonce": nonce,
        "Paylane-Signature": sign("sha256", signed, h.platform.privateKey).toString("base64"),
      };
      const target = `http://127.0.0.1:${port}/`;
      expect((await fetch(target, { method: "POST", headers, body })).status).toBe(204);
      expect((await fetch(target, { method: "POST", headers, body })).status).toBe(204); // a repeat
      const forged = body.replace("A1", "A2");
      expect((await fetch(target, { method: "POST", headers, body: forged })).status).toBe(401);
    } finally {
      child.kill();
    }
  });
});

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = address && typeof address !== "string" ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

function waitForPort(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.end();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing listens on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}
