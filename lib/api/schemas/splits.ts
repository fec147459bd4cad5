import { z } from "zod";
import type { SplitObject } from "@/lib/splits/list-payment-splits";
import { orderIdSchema } from "./payments";
import { apiSchemas } from "./registry";

const minorUnits = z.int().min(0);

export const splitObjectSchema = z.strictObject({
  merchantId: z.string().meta({ description: "The sub-merchant.", examples: ["mch_01jd8x2k3m4n5p6q7r"] }),
  merchantName: z.string().meta({ examples: ["Demo Shop Kitchen"] }),
  amount: minorUnits.min(1).meta({ description: "The share asked for, in minor units.", examples: [500] }),
  amountReversed: minorUnits.meta({
    description: "What refunds took back from the share, in proportion to the refunded part of the payment.",
    examples: [0],
  }),
  status: z.enum(["held", "settled"]).meta({
    description:
      "`held`: in your pending balance until the payment settles; `settled`: paid to the sub-merchant's available balance.",
  }),
  settledAt: z.iso.datetime().nullable().meta({ description: "When the share was settled." }),
});

export const paymentSplitsSchema = z.strictObject({
  orderId: orderIdSchema,
  splits: z.array(splitObjectSchema),
});

apiSchemas.add(paymentSplitsSchema, {
  id: "PaymentSplits",
  description: "The split shares of a payment (split settlement, platform merchants only).",
});

export type PaymentSplitsObject = z.infer<typeof paymentSplitsSchema>;

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compile-time proof that lib/splits' serialiser and this schema describe the same object. */
export const splitObjectMatchesSerializer: Equals<z.infer<typeof splitObjectSchema>, SplitObject> = true;
