import type { BankDescriptor } from "../types";
import { createCcmbConnector } from "./connector";

export const ccmb: BankDescriptor = {
  code: "ccmb",
  name: { zh: "建设模拟银行", en: "Construction & Civic Mock Bank" },
  colour: "#0B3C8C",
  defaultUrl: "http://127.0.0.1:4102",
  wireFormat: "ISO 8583-style fixed fields",
  // Per the bank contract: see mock-banks/README.md, "Settlement files".
  fees: { paymentBps: 20, refundBps: 0, payoutFen: 150n },
  createConnector: createCcmbConnector,
};
