import { publicRoute } from "@/lib/api/public-route";
import { json } from "@/lib/api/reply";
import { openApiDocument } from "@/lib/api/openapi/document";

// GET /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the API's zod schemas.
export const GET = publicRoute(async () => json(200, openApiDocument()));
