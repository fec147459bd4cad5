import type { CliCommand } from "../command";
import { commissionsPay } from "./commissions-pay";
import { ledgerCheck } from "./ledger-check";
import { merchantCreate } from "./merchant-create";
import { adminCreate, reviewerCreate } from "./user-create";

/** Every operator command, in the order --help lists them. */
export const COMMANDS: readonly CliCommand[] = [
  adminCreate,
  reviewerCreate,
  merchantCreate,
  ledgerCheck,
  commissionsPay,
];
