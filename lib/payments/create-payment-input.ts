import type { SplitInstruction } from "@/lib/splits";
import type { Currency } from "./payment-rules";

/** A payment as the merchant asks for it, parsed and typed (see lib/api/schemas/payments.ts). */
export type CreatePaymentInput = {
  orderId: string;
  amount: bigint;
  currency: Currency;
  subject: string;
  notifyUrl: string;
  returnUrl: string;
  payerEmail: string | null;
  expiresAt: Date | null;
  metadata: Record<string, string>;
  /** Shares of the net amount for the platform's sub-merchants (split settlement); absent or empty: none. */
  splits?: readonly SplitInstruction[];
};
