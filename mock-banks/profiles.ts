import { randomInt } from "node:crypto";
import type { BankProfile } from "./core/bank";
import { createFormProtocol } from "./protocols/form/protocol";
import { createIsoProtocol } from "./protocols/iso8583/protocol";
import { createXmlProtocol } from "./protocols/xml/protocol";

// The three mock banks. Names and colours evoke familiar banks without being them.

const digits = (count: number): string =>
  Array.from({ length: count }, () => String(randomInt(0, 10))).join("");
const today = (): string => new Date().toISOString().slice(0, 10).replaceAll("-", "");

export const BANK_PROFILES: readonly BankProfile[] = [
  {
    code: "icmb",
    nameZh: "工商模拟银行",
    nameEn: "Industrial & Commerce Mock Bank",
    colour: "#B0121B",
    defaultPort: 4101,
    createProtocol: createXmlProtocol,
    newRef: () => `ICMB${today()}${digits(10)}`,
    fees: { paymentBps: 25, refundBps: 0, payoutFen: 200n },
  },
  {
    code: "ccmb",
    nameZh: "建设模拟银行",
    nameEn: "Construction & Civic Mock Bank",
    colour: "#0B3C8C",
    defaultPort: 4102,
    createProtocol: createIsoProtocol,
    newRef: () => digits(12), // fits ISO 8583 field 37 (an12)
    fees: { paymentBps: 20, refundBps: 0, payoutFen: 150n },
  },
  {
    code: "mcmb",
    nameZh: "招商模拟银行",
    nameEn: "Merchants Union Mock Bank",
    colour: "#7A1F4B",
    defaultPort: 4103,
    createProtocol: createFormProtocol,
    newRef: () => `${today()}2200${digits(16)}`,
    fees: { paymentBps: 30, refundBps: 10, payoutFen: 100n },
  },
];
