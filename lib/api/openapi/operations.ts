import type { ApiOperation } from "./operation";
import { balanceOperations } from "./balance-operations";
import { paymentOperations } from "./payment-operations";
import { refundOperations } from "./refund-operations";
import { splitOperations } from "./split-operations";
import { statementOperations } from "./statement-operations";

/**
 * Every operation in the OpenAPI document. A new endpoint adds its list here (refunds, balance and
 * statements: one `<domain>-operations.ts` each, next to payment-operations.ts).
 */
export const API_OPERATIONS: ApiOperation[] = [
  ...paymentOperations,
  ...splitOperations,
  ...refundOperations,
  ...balanceOperations,
  ...statementOperations,
];
