import { BankError } from "./errors";

export interface Transport {
  /** POSTs one message to the bank and returns its answer's text; HTTP and network failures throw. */
  post(path: string, body: string, contentType: string): Promise<string>;
}

export function createTransport(options: {
  bank: string;
  baseUrl: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): Transport {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, "");
  return {
    async post(path, body, contentType) {
      let response: Response;
      try {
        response = await doFetch(`${base}${path}`, {
          method: "POST",
          headers: { "content-type": contentType },
          body,
          redirect: "error",
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
      } catch (cause) {
        throw new BankError("unavailable", `could not reach the bank at ${path}`, options.bank, { cause });
      }
      const text = await response.text();
      if (!response.ok)
        throw new BankError("unavailable", `the bank answered HTTP ${response.status}`, options.bank);
      return text;
    },
  };
}

/** Joins a bank's base URL and a path, keeping any path prefix of the base. */
export function bankUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path}`;
}
