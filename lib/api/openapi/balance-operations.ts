import { balanceObjectSchema } from "../schemas/balance";
import type { ApiOperation } from "./operation";

export const balanceOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/balance",
    operationId: "getBalance",
    tag: "Balance",
    summary: "Retrieve the balance",
    description:
      "`available`: money settled to the merchant and not yet withdrawn; `pending`: money received but not " +
      "yet settled. Both in minor units, from the gateway's ledger.",
    signed: true,
    responses: { 200: { description: "The balances.", schema: balanceObjectSchema } },
    errors: [],
  },
];
