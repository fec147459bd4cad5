import { z } from "zod";
import type { MerchantBalance } from "@/lib/balances/get-merchant-balance";
import { apiSchemas } from "./registry";

const minorUnits = (description: string) =>
  z
    .int()
    .min(0)
    .meta({ description, examples: [0] });

export const balanceObjectSchema = z.strictObject({
  currency: z.literal("CNY").meta({ description: "ISO 4217 code." }),
  available: minorUnits("Settled to the merchant and not yet withdrawn, in minor units (fen)."),
  pending: minorUnits("Received but not yet settled, in minor units (fen)."),
});

apiSchemas.add(balanceObjectSchema, {
  id: "Balance",
  title: "Balance",
  description: "The merchant's balances at the gateway.",
});

export type BalanceObject = z.infer<typeof balanceObjectSchema>;

/** Minor units as JSON integers: fen amounts stay far below 2^53. */
export function serializeBalance(balance: MerchantBalance): BalanceObject {
  return {
    currency: balance.currency,
    available: Number(balance.available),
    pending: Number(balance.pending),
  };
}
