import { createHash } from "node:crypto";
import type { BankKey } from "../bank-key";
import { BankError } from "../errors";
import type { SettlementFile, SettlementLine, SettlementSource, SettlementSummary } from "../types";
import { splitLines } from "./lines";

/** What one line of a bank's settlement file is, as that bank's parser reads it. */
export type ParsedSettlementLine =
  | { type: "header"; date: string }
  /** A signed line without content of its own (an XML declaration, a column line). */
  | { type: "layout" }
  | { type: "line"; line: SettlementLine }
  | { type: "trailer"; summary: SettlementSummary }
  /** The signature over every byte before this line. */
  | { type: "signature"; signature: string }
  /** Unsigned closing markup after the signature. */
  | { type: "end" };

/** Reads single lines of one bank's format; throws BankError("malformed") on anything else. */
export type SettlementLineParser = (text: string) => ParsedSettlementLine;

interface Options {
  bank: string;
  date: string;
  key: BankKey;
  parse: SettlementLineParser;
  source: SettlementSource;
  /** Called once the file is no longer needed (e.g. removes a downloaded copy). */
  cleanup?: () => Promise<void>;
}

type Phase = "head" | "body" | "trailer" | "signed";

/**
 * Opens a settlement file in two passes over its bytes, each in flat memory. The first checks the
 * layout, the day, the order of the lines and the trailer's count and totals, and digests every signed
 * byte; the signature is then verified over that digest, and only a verified file is handed out. The
 * second pass (lines()) parses the lines as they are consumed and fails at the end if the bytes were
 * not the verified ones (the source changed in between).
 */
export async function readSettlementFile(options: Options): Promise<SettlementFile> {
  const { bank } = options;
  let verified: PassResult;
  try {
    verified = await drain(parse(options));
    if (!(await options.key.verifyDigest(verified.digest, verified.signature))) {
      throw new BankError("signature_invalid", "the settlement file's signature does not verify", bank);
    }
  } catch (error) {
    await options.cleanup?.();
    throw error;
  }
  return {
    bank,
    date: options.date,
    summary: verified.summary,
    sha256: verified.digest.toString("hex"),
    async *lines() {
      const again = yield* parse(options);
      if (!again.digest.equals(verified.digest)) {
        throw new BankError("malformed", "the settlement file changed while it was read", bank);
      }
    },
    close: async () => options.cleanup?.(),
  };
}

interface PassResult {
  summary: SettlementSummary;
  signature: string;
  /** SHA-256 of every signed byte. */
  digest: Buffer;
}

async function drain(lines: AsyncGenerator<SettlementLine, PassResult>): Promise<PassResult> {
  for (;;) {
    const next = await lines.next();
    if (next.done) return next.value;
  }
}

/** One pass: yields the lines and returns the trailer, the signature and the digest of the signed bytes. */
async function* parse(options: Options): AsyncGenerator<SettlementLine, PassResult> {
  const { bank } = options;
  const fail = (message: string) => new BankError("malformed", message, bank);
  const hash = createHash("sha256");
  let phase: Phase = "head";
  let date: string | undefined;
  let previous: string | undefined;
  let count = 0;
  let totalAmount = 0n;
  let totalFee = 0n;
  let summary: SettlementSummary | undefined;
  let signature: string | undefined;
  for await (const raw of splitLines(bank, options.source())) {
    const parsed = options.parse(raw.text);
    if (phase !== "signed" && parsed.type !== "signature") hash.update(raw.bytes);
    switch (parsed.type) {
      case "header":
        if (phase !== "head" || date !== undefined) throw fail("a second header");
        if (parsed.date !== options.date) throw fail(`the file is for ${parsed.date}, not ${options.date}`);
        date = parsed.date;
        break;
      case "layout":
        if (phase !== "head") throw fail("layout line after the first record");
        break;
      case "line": {
        if (date === undefined || (phase !== "head" && phase !== "body")) throw fail("record out of place");
        phase = "body";
        const { line } = parsed;
        if (previous !== undefined && line.reference <= previous) {
          throw fail(`lines are not in strictly ascending reference order at ${line.reference}`);
        }
        previous = line.reference;
        count += 1;
        totalAmount += line.amount;
        totalFee += line.fee;
        yield line;
        break;
      }
      case "trailer":
        if (date === undefined || (phase !== "head" && phase !== "body")) throw fail("trailer out of place");
        summary = parsed.summary;
        phase = "trailer";
        break;
      case "signature":
        if (phase !== "trailer") throw fail("signature out of place");
        signature = parsed.signature;
        phase = "signed";
        break;
      case "end":
        if (phase !== "signed") throw fail("closing line before the signature");
        break;
    }
  }
  if (summary === undefined || signature === undefined) throw fail("the file has no trailer or signature");
  if (summary.count !== count || summary.totalAmount !== totalAmount || summary.totalFee !== totalFee) {
    throw fail("the trailer's count or totals do not match the lines");
  }
  return { summary, signature, digest: hash.digest() };
}
