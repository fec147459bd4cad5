import { z } from "zod";
import { env } from "@/lib/env";
import { API_ERROR_CODES, ERROR_DESCRIPTIONS } from "../schemas/errors";
import { notificationSchema } from "../schemas/notifications";
import { apiSchemas } from "../schemas/registry";
import { API_INTRODUCTION, SECURITY_DESCRIPTION, SIGNATURE_HEADERS_DOC } from "./texts";
import { operationObject, schemaRef } from "./operation-object";
import { API_OPERATIONS } from "./operations";

type JsonObject = Record<string, unknown>;

/** The registered schemas as OpenAPI components, with references between them as component refs. */
function componentSchemas(): Record<string, JsonObject> {
  const generated = z.toJSONSchema(apiSchemas, {
    io: "input",
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
  });
  const schemas: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(generated.schemas)) {
    const { $schema: _schema, $id: _id, ...rest } = schema;
    schemas[id] = rest;
  }
  return schemas;
}

function paths(): JsonObject {
  const out: Record<string, JsonObject> = {};
  for (const operation of API_OPERATIONS) {
    out[operation.path] = { ...out[operation.path], [operation.method]: operationObject(operation) };
  }
  return out;
}

let cached: JsonObject | undefined;

/** The OpenAPI 3.1 document of the merchant API, generated from its zod schemas and operations. */
export function openApiDocument(): JsonObject {
  cached ??= {
    openapi: "3.1.0",
    info: {
      title: "Paylane merchant API",
      version: "1",
      description: API_INTRODUCTION,
      "x-error-codes": API_ERROR_CODES.map((code) => ({ code, description: ERROR_DESCRIPTIONS[code] })),
    },
    servers: [{ url: env.APP_URL.replace(/\/+$/, ""), description: "This gateway" }],
    tags: [
      { name: "Payments", description: "Create, read and close payments." },
      { name: "Keys", description: "The gateway's public key and this document." },
    ],
    security: [{ PaylaneSignature: [] }],
    paths: paths(),
    webhooks: {
      notification: {
        post: {
          summary: "Notification of a final status",
          description:
            "POSTed to the payment's notifyUrl when a payment or refund reaches a final status, signed with the " +
            "platform key like a response. Answer any 2xx within 10 s; otherwise the same event (same `id`) is " +
            "retried with growing delays (15 s, 1 min, 5 min, 15 min, 1 h, 3 h, 6 h, 12 h, 24 h: 10 attempts over " +
            "about 46 hours). Events may arrive more than once and out of order.",
          parameters: Object.keys(SIGNATURE_HEADERS_DOC).map((name) => ({
            name,
            in: "header",
            required: true,
            schema: { type: "string" },
            description: SIGNATURE_HEADERS_DOC[name],
          })),
          requestBody: {
            required: true,
            content: { "application/json": { schema: schemaRef(notificationSchema) } },
          },
          responses: { "200": { description: "Any 2xx acknowledges the event." } },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        PaylaneSignature: {
          type: "apiKey",
          in: "header",
          name: "Authorization",
          description: SECURITY_DESCRIPTION,
        },
      },
      headers: Object.fromEntries(
        Object.entries(SIGNATURE_HEADERS_DOC).map(([name, description]) => [
          name,
          { description, required: true, schema: { type: "string" } },
        ]),
      ),
    },
  };
  return cached;
}
