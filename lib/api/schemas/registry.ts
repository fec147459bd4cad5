import { z } from "zod";

/**
 * The merchant API's named schemas. Everything registered here becomes a component of the OpenAPI
 * document (components/schemas/<id>), generated from the very schemas that validate requests and
 * describe responses, so documentation and behaviour cannot disagree.
 */
export const apiSchemas = z.registry<{ id: string; title?: string; description?: string }>();
