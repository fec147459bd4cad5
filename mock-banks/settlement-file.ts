import { createPrivateKey } from "node:crypto";
import { incrementalSigner } from "./core/keys";
import {
  settlementFee,
  signedSettlementFile,
  type SettlementFormat,
  type SettlementRecord,
} from "./core/settlement";
import { BANK_PROFILES } from "./profiles";
import { formSettlement } from "./protocols/form/settlement";
import { isoSettlement } from "./protocols/iso8583/settlement";
import { xmlSettlement } from "./protocols/xml/settlement";

// A bank's settlement file written outside a running bank, from any records and with any key: what the
// benchmark uses to make a file of a million lines without a million payments at the bank.

export type { SettlementRecord } from "./core/settlement";

const FORMATS: Record<string, SettlementFormat> = {
  icmb: xmlSettlement,
  ccmb: isoSettlement,
  mcmb: formSettlement,
};

/** The file's text in chunks of about 64 KiB, signed with `privateKeyPem` as the bank would sign it. */
export function settlementFileChunks(
  code: string,
  input: { date: string; records: Iterable<SettlementRecord> },
  privateKeyPem: string,
): Iterable<string> {
  const format = FORMATS[code];
  if (!format) throw new Error(`no bank ${code}`);
  return signedSettlementFile(format, input, incrementalSigner(createPrivateKey(privateKeyPem)));
}

/** The fee a bank charges for a movement, by its published rule. */
export function bankSettlementFee(code: string, kind: SettlementRecord["kind"], amount: bigint): bigint {
  const profile = BANK_PROFILES.find((p) => p.code === code);
  if (!profile) throw new Error(`no bank ${code}`);
  return settlementFee(profile.fees, kind, amount);
}
