import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { errorResponseSchema } from "./schemas/errors";
import { createTestMerchant, readSigned, signedRequest, type TestMerchant } from "./testing/merchant-client";
import { json } from "./reply";
import { signedRoute } from "./signed-route";

let merchant: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant();
});

afterAll(async () => {
  vi.restoreAllMocks();
  await db.$disconnect();
});

const noParams = { params: Promise.resolve({}) };

describe("signedRoute", () => {
  it("hands the handler the authenticated merchant and the validated body", async () => {
    const route = signedRoute(async ({ merchant: who, body }) =>
      json(200, { who: who.id, n: body(z.object({ n: z.int() })).n }),
    );
    const result = await readSigned(
      await route(signedRequest(merchant, "POST", "/api/v1/test", '{"n":7}'), noParams),
    );
    expect(result).toEqual({ status: 200, json: { who: merchant.merchantId, n: 7 }, signed: true });
  });

  it("answers an unexpected failure with 500 internal_error, signed, without leaking its message", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const route = signedRoute(async () => {
      throw new Error('relation "payments" does not exist: password=hunter2');
    });
    const response = await route(signedRequest(merchant, "GET", "/api/v1/test"), noParams);
    const result = await readSigned(response);
    expect(result.status).toBe(500);
    const { error } = errorResponseSchema.parse(result.json);
    expect(error.code).toBe("internal_error");
    expect(error.message).toMatch(/retrying is safe\. \(incident [0-9a-f]{12}\)$/);
    expect(JSON.stringify(result.json)).not.toContain("hunter2");
    expect(result.signed).toBe(true);
    expect(logged).toHaveBeenCalledOnce();
  });

  it("maps AppErrors once: status, code, message and field", async () => {
    const route = signedRoute(async () => {
      throw new AppError("order_conflict", "Different parameters.", "orderId");
    });
    const result = await readSigned(
      await route(signedRequest(merchant, "POST", "/api/v1/test", "{}"), noParams),
    );
    expect(result).toEqual({
      status: 409,
      json: { error: { code: "order_conflict", message: "Different parameters.", field: "orderId" } },
      signed: true,
    });
  });

  it("refuses bodies over 64 KiB and bodies that are not UTF-8", async () => {
    const route = signedRoute(async () => json(200, {}));
    const big = JSON.stringify({ pad: "x".repeat(70_000) });
    const tooBig = await readSigned(
      await route(signedRequest(merchant, "POST", "/api/v1/test", big), noParams),
    );
    expect([tooBig.status, errorResponseSchema.parse(tooBig.json).error.code]).toEqual([
      400,
      "invalid_request",
    ]);
    const signed = signedRequest(merchant, "POST", "/api/v1/test", "");
    const binary = new Request(signed.url, {
      method: "POST",
      headers: signed.headers,
      body: new Uint8Array([0xff, 0xfe, 0x00]),
    });
    const notUtf8 = await readSigned(await route(binary, noParams));
    expect(errorResponseSchema.parse(notUtf8.json).error.code).toBe("invalid_request");
  });
});
