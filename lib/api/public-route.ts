import { errorReply, toResponse, type ApiReply } from "./reply";

/** A route anyone may call (no signature, unsigned answer), with the API's error mapping. */
export function publicRoute(handler: (request: Request) => Promise<ApiReply>) {
  return async (request: Request): Promise<Response> => {
    const where = `${request.method} ${new URL(request.url).pathname}`;
    let reply: ApiReply;
    try {
      reply = await handler(request);
    } catch (error) {
      reply = errorReply(error, where);
    }
    return toResponse(reply, false, where);
  };
}
