import type { BankDescriptor } from "../types";
import { createMcmbConnector } from "./connector";

export const mcmb: BankDescriptor = {
  code: "mcmb",
  name: { zh: "招商模拟银行", en: "Merchants Union Mock Bank" },
  colour: "#7A1F4B",
  defaultUrl: "http://127.0.0.1:4103",
  wireFormat: "signed sorted key=value form",
  // Per the bank contract: see mock-banks/README.md, "Settlement files".
  fees: { paymentBps: 30, refundBps: 10, payoutFen: 100n },
  createConnector: createMcmbConnector,
};
