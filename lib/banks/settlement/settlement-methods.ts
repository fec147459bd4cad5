import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { pipeline } from "node:stream/promises";
import type { BankKey } from "../bank-key";
import { BankError } from "../errors";
import { bankUrl } from "../transport";
import type { BankConnector, ConnectorDeps } from "../types";
import { readSettlementFile, type SettlementLineParser } from "./read-settlement-file";

// A settlement file can be large (a million lines is a busy day), so it is downloaded to a private
// temporary file and read from there, twice, never held in memory.
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

/** The two settlement methods of a connector, given its bank's line parser. */
export function settlementMethods(options: {
  bank: string;
  deps: ConnectorDeps;
  key: BankKey;
  parse: SettlementLineParser;
}): Pick<BankConnector, "fetchSettlementFile" | "readSettlementFile"> {
  const { bank, deps, key, parse } = options;
  const now = deps.now ?? (() => new Date());
  const requireDate = (date: string) => {
    const valid =
      /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
    if (!valid) throw new BankError("unsupported", `not a business day: ${date}`, bank);
  };

  return {
    async readSettlementFile(date, source) {
      requireDate(date);
      return readSettlementFile({ bank, date, key, parse, source });
    },

    async fetchSettlementFile(date) {
      requireDate(date);
      const url = bankUrl(deps.baseUrl, `/settlement/${date}`);
      // Authenticated like every server-to-server call: the platform key signs what is asked, and when.
      const time = now().toISOString();
      const signature = await deps.signer.sign(`GET ${new URL(url).pathname}\n${time}`);
      let response: Response;
      try {
        response = await (deps.fetch ?? fetch)(url, {
          headers: { "x-gateway-time": time, "x-gateway-signature": signature },
          redirect: "error",
          signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
        });
      } catch (cause) {
        throw new BankError("unavailable", "could not reach the bank for its settlement file", bank, {
          cause,
        });
      }
      if (response.status === 401 || response.status === 403) {
        throw new BankError(
          "refused",
          `the bank refused the settlement request: ${await response.text()}`,
          bank,
        );
      }
      if (!response.ok || !response.body) {
        throw new BankError("unavailable", `the bank answered HTTP ${response.status}`, bank);
      }
      const dir = await mkdtemp(path.join(tmpdir(), `paylane-${bank}-settlement-`));
      const file = path.join(dir, `${date}.txt`);
      const cleanup = () => rm(dir, { recursive: true, force: true });
      try {
        const body = Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
        await pipeline(body, createWriteStream(file, { mode: 0o600 }));
      } catch (cause) {
        await cleanup();
        throw new BankError("unavailable", "the settlement file download failed", bank, { cause });
      }
      return readSettlementFile({ bank, date, key, parse, source: () => createReadStream(file), cleanup });
    },
  };
}
