import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ERROR_CODES } from "@/lib/api/schemas/errors";
import { notificationSchema } from "@/lib/api/schemas/notifications";
import { createPaymentRequestSchema, paymentObjectSchema } from "@/lib/api/schemas/payments";
import { GET } from "./route";

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function at(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) current = isJson(current) ? current[key] : undefined;
  return current;
}

async function fetchDocument(): Promise<Json> {
  const response = await GET(new Request("http://localhost:3000/api/v1/openapi.json"));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("application/json");
  const doc: unknown = await response.json();
  if (!isJson(doc)) throw new Error("not an object");
  return doc;
}

/** Every route handler under app/api/v1, as OpenAPI path and method. */
function routesOnDisk(): string[] {
  const root = path.join(process.cwd(), "app/api/v1");
  const found: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, encoding: "utf8" })) {
    if (path.basename(entry) !== "route.ts") continue;
    const source = readFileSync(path.join(root, entry), "utf8");
    const route = `/api/v1/${path.dirname(entry)}`.replace(/\/\.$/, "").replace(/\[(\w+)\]/g, "{$1}");
    for (const [, method] of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) {
      found.push(`${method?.toLowerCase()} ${route}`);
    }
  }
  return found.sort();
}

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document describing every route handler of the API", async () => {
    const doc = await fetchDocument();
    expect(doc.openapi).toBe("3.1.0");
    const documented = Object.entries(doc.paths as Json).flatMap(([route, item]) =>
      Object.keys(item as Json).map((method) => `${method} ${route}`),
    );
    expect(documented.sort()).toEqual(routesOnDisk());
  });

  it("documents the signature scheme, the response signature headers and every error code", async () => {
    const doc = await fetchDocument();
    const scheme = at(doc, "components", "securitySchemes", "PaylaneSignature");
    expect(scheme).toMatchObject({ type: "apiKey", in: "header", name: "Authorization" });
    const description = String(at(scheme, "description"));
    for (const fact of [
      "PAYLANE-RSA-SHA256",
      "<METHOD>\\n<path with query",
      "300 s",
      "16-64",
      "15 minutes",
    ]) {
      expect(description).toContain(fact);
    }
    expect(Object.keys(at(doc, "components", "headers") as Json)).toEqual([
      "Paylane-Timestamp",
      "Paylane-Nonce",
      "Paylane-Signature",
    ]);
    const codes = (at(doc, "info", "x-error-codes") as { code: string }[]).map((e) => e.code);
    expect(codes).toEqual([...API_ERROR_CODES]);
    expect(
      at(doc, "components", "schemas", "Error", "properties", "error", "properties", "code", "enum"),
    ).toEqual([...API_ERROR_CODES]);
    const create = at(doc, "paths", "/api/v1/payments", "post", "responses") as Json;
    expect(Object.keys(create).sort()).toEqual(["200", "201", "400", "401", "403", "409", "429", "500"]);
    expect(Object.keys(at(create, "401", "content", "application/json", "examples") as Json)).toEqual([
      "signature_invalid",
      "timestamp_out_of_range",
      "nonce_reused",
    ]);
    expect(at(create, "429", "headers", "Retry-After")).toBeDefined();
    expect(at(doc, "paths", "/api/v1/platform-key", "get", "security")).toEqual([]);
  });

  it("is generated from the validating schemas: its examples pass them, its refs resolve", async () => {
    const doc = await fetchDocument();
    const schemas = at(doc, "components", "schemas") as Json;
    expect(Object.keys(schemas).sort()).toEqual([
      "Balance",
      "CreatePaymentRequest",
      "CreateRefundRequest",
      "Error",
      "Notification",
      "Payment",
      "PaymentSplits",
      "Refund",
    ]);
    expect(at(schemas, "CreatePaymentRequest", "required")).toEqual([
      "orderId",
      "amount",
      "subject",
      "notifyUrl",
      "returnUrl",
    ]);
    expect(at(schemas, "CreatePaymentRequest", "properties", "amount")).toMatchObject({
      type: "integer",
      minimum: 1,
      maximum: 100_000_000_000,
    });
    const requestExample = at(
      doc,
      "paths",
      "/api/v1/payments",
      "post",
      "requestBody",
      "content",
      "application/json",
      "example",
    );
    expect(createPaymentRequestSchema.safeParse(requestExample).success).toBe(true);
    expect(paymentObjectSchema.safeParse((at(schemas, "Payment", "examples") as unknown[])[0]).success).toBe(
      true,
    );
    expect(
      notificationSchema.safeParse((at(schemas, "Notification", "examples") as unknown[])[0]).success,
    ).toBe(true);
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of new Set(refs)) {
      const pointer = ref.slice(8, -1).replace(/^#\//, "").split("/");
      expect(at(doc, ...pointer), ref).toBeDefined();
    }
    expect(
      at(doc, "webhooks", "notification", "post", "requestBody", "content", "application/json", "schema"),
    ).toEqual({
      $ref: "#/components/schemas/Notification",
    });
  });
});
