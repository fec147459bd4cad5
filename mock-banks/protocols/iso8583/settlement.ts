import { tallied, type SettlementFormat, type Tally } from "../../core/settlement";
import { CNY_NUMERIC, PROCESSING } from "./fields";
import { isoTime } from "./messages";

// CCMB's settlement file: fixed-width 128-byte records in ISO 8583 field formats (n zero-padded left, an
// space-padded right), one per line, then a signature record over every byte before it.
//   H  "H" "CCMB" settle date n8 (YYYYMMDD) currency n3 (156) created n14 (UTC)                filler
//   D  "D" processing code n6 (000000 purchase, 200000 refund, 400000 payout) reference an64
//      bank reference an12 amount n12 fee n12 response code an2 (00 succeeded, 05 failed)
//      completion time n14 (UTC) filler
//   T  "T" count n10 total amount n18 total fee n18                                           filler
//   S  "S" base64 signature (not padded)

export const RECORD_LENGTH = 128;

const n = (value: bigint | number | string, length: number): string => {
  const text = String(value);
  if (!/^\d+$/.test(text) || text.length > length) throw new Error(`${text} does not fit n${length}`);
  return text.padStart(length, "0");
};
const an = (value: string, length: number): string => {
  if (!/^[\x20-\x7e]*$/.test(value) || value.length > length)
    throw new Error(`${value} does not fit an${length}`);
  return value.padEnd(length, " ");
};
const record = (text: string): string => `${an(text, RECORD_LENGTH)}\n`;

export const isoSettlement: SettlementFormat = {
  contentType: "text/plain; charset=us-ascii",
  *signedLines({ date, records }) {
    yield record(`HCCMB${n(date.replaceAll("-", ""), 8)}${CNY_NUMERIC}${isoTime(new Date())}`);
    const tally: Tally = { count: 0, amount: 0n, fee: 0n };
    for (const r of tallied(records, tally)) {
      const code = r.kind === "payment" ? PROCESSING.purchase : PROCESSING[r.kind];
      yield record(
        `D${code}${an(r.reference, 64)}${an(r.bankRef, 12)}${n(r.amount, 12)}${n(r.fee, 12)}` +
          `${r.status === "succeeded" ? "00" : "05"}${isoTime(r.at)}`,
      );
    }
    yield record(`T${n(tally.count, 10)}${n(tally.amount, 18)}${n(tally.fee, 18)}`);
  },
  end: (signature) => `S${signature}\n`,
};
