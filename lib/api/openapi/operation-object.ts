import { z } from "zod";
import { ERROR_DESCRIPTIONS, errorResponseSchema, statusOf, type ApiErrorCode } from "../schemas/errors";
import { apiSchemas } from "../schemas/registry";
import { SIGNED_ENDPOINT_ERRORS, type ApiOperation, type ApiResponseSpec } from "./operation";
import { SIGNATURE_HEADERS_DOC } from "./texts";

type JsonObject = Record<string, unknown>;

/** A $ref to a registered schema, or the schema inline when it is not registered. */
export function schemaRef(schema: z.ZodType): JsonObject {
  const id = apiSchemas.get(schema)?.id;
  if (id) return { $ref: `#/components/schemas/${id}` };
  const { $schema: _schema, ...inline } = z.toJSONSchema(schema, { io: "input" });
  return inline;
}

function exampleOf(schema: z.ZodType): unknown {
  const examples = schema.meta()?.examples;
  return Array.isArray(examples) ? examples[0] : undefined;
}

function signedHeaders(signed: boolean): JsonObject | undefined {
  if (!signed) return undefined;
  return Object.fromEntries(
    Object.keys(SIGNATURE_HEADERS_DOC).map((name) => [name, { $ref: `#/components/headers/${name}` }]),
  );
}

function successResponse(spec: ApiResponseSpec, signed: boolean): JsonObject {
  const content = spec.schema
    ? {
        "application/json": {
          schema: schemaRef(spec.schema),
          example: spec.example ?? exampleOf(spec.schema),
        },
      }
    : {
        [spec.contentType ?? "application/json"]: {
          schema: { type: "string" },
          ...(spec.example ? { example: spec.example } : {}),
        },
      };
  return { description: spec.description, headers: signedHeaders(signed), content };
}

function errorExample(code: ApiErrorCode): JsonObject {
  const field = code === "invalid_request" ? { field: "amount" } : {};
  return {
    summary: ERROR_DESCRIPTIONS[code],
    value: { error: { code, message: ERROR_DESCRIPTIONS[code], ...field } },
  };
}

/** Error answers grouped by status, each with an example per code. */
function errorResponses(codes: ApiErrorCode[], signed: boolean): Record<string, JsonObject> {
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of codes) byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  const out: Record<string, JsonObject> = {};
  for (const [status, list] of byStatus) {
    const headers: JsonObject = { ...signedHeaders(signed) };
    if (list.includes("rate_limited")) {
      headers["Retry-After"] = {
        description: "Seconds to wait before retrying.",
        schema: { type: "integer" },
      };
    }
    out[String(status)] = {
      description: list.map((code) => `\`${code}\`: ${ERROR_DESCRIPTIONS[code]}`).join("\n"),
      headers: Object.keys(headers).length > 0 ? headers : undefined,
      content: {
        "application/json": {
          schema: schemaRef(errorResponseSchema),
          examples: Object.fromEntries(list.map((code) => [code, errorExample(code)])),
        },
      },
    };
  }
  return out;
}

export function operationObject(operation: ApiOperation): JsonObject {
  const codes = [...new Set([...operation.errors, ...(operation.signed ? SIGNED_ENDPOINT_ERRORS : [])])];
  const responses: Record<string, JsonObject> = {};
  for (const [status, spec] of Object.entries(operation.responses)) {
    responses[status] = successResponse(spec, operation.signed);
  }
  Object.assign(responses, errorResponses(codes, operation.signed));
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    description: operation.description,
    ...(operation.signed ? {} : { security: [] }),
    parameters: (operation.pathParams ?? []).map((param) => ({
      name: param.name,
      in: "path",
      required: true,
      description: param.description,
      schema: schemaRef(param.schema),
    })),
    ...(operation.requestBody
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: schemaRef(operation.requestBody),
                example: exampleOf(operation.requestBody),
              },
            },
          },
        }
      : {}),
    responses,
  };
}
