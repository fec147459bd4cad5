import type { BankDescriptor } from "../types";
import { createIcmbConnector } from "./connector";

export const icmb: BankDescriptor = {
  code: "icmb",
  name: { zh: "工商模拟银行", en: "Industrial & Commerce Mock Bank" },
  colour: "#B0121B",
  defaultUrl: "http://127.0.0.1:4101",
  wireFormat: "signed XML",
  // Per the bank contract: see mock-banks/README.md, "Settlement files".
  fees: { paymentBps: 25, refundBps: 0, payoutFen: 200n },
  createConnector: createIcmbConnector,
};
