// CCMB's data elements: ISO 8583 numbering and encodings, in CCMB's own dialect (full-year times in UTC,
// private fields 60–63 for references and URLs, field 64 carries an RSA signature instead of a MAC).

export type FieldSpec =
  | { kind: "n"; length: number } // fixed, digits, zero-padded on the left
  | { kind: "an"; length: number } // fixed, text, space-padded on the right
  | { kind: "llvar"; max: number } // two-digit byte length, then the bytes
  | { kind: "lllvar"; max: number }; // three-digit byte length, then the bytes

export const FIELDS: ReadonlyMap<number, FieldSpec> = new Map<number, FieldSpec>([
  [2, { kind: "llvar", max: 19 }], // payee account number (payouts only)
  [3, { kind: "n", length: 6 }], // processing code
  [4, { kind: "n", length: 12 }], // amount in fen
  [7, { kind: "n", length: 14 }], // transmission time, YYYYMMDDhhmmss UTC
  [11, { kind: "n", length: 6 }], // system trace audit number
  [12, { kind: "n", length: 14 }], // completion time, YYYYMMDDhhmmss UTC
  [14, { kind: "n", length: 14 }], // order expiry, YYYYMMDDhhmmss UTC
  [37, { kind: "an", length: 12 }], // retrieval reference number: the bank's reference
  [39, { kind: "an", length: 2 }], // response code
  [43, { kind: "lllvar", max: 400 }], // merchant name, or payee name
  [44, { kind: "lllvar", max: 400 }], // additional response text
  [48, { kind: "lllvar", max: 600 }], // order subject
  [49, { kind: "n", length: 3 }], // currency, ISO 4217 numeric
  [60, { kind: "llvar", max: 64 }], // order reference: the gateway's attempt id
  [61, { kind: "llvar", max: 64 }], // secondary reference: refund id or payout id
  [62, { kind: "lllvar", max: 999 }], // return URL
  [63, { kind: "lllvar", max: 999 }], // notify URL
  [64, { kind: "lllvar", max: 999 }], // signature over every byte before this field
]);

export const PROCESSING = { purchase: "000000", refund: "200000", payout: "400000" } as const;

export const MTI = {
  request: "0200",
  response: "0210",
  inquiry: "0100",
  inquiryResponse: "0110",
  advice: "0220",
} as const;

export const CNY_NUMERIC = "156";
