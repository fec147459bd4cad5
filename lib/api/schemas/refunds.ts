import { z } from "zod";
import type { RefundObject } from "@/lib/refunds/serialize-refund";
import * as rules from "@/lib/refunds/refund-rules";
import { MAX_AMOUNT } from "@/lib/payments/payment-rules";
import { charCount } from "@/lib/payments/payment-rules";
import { orderIdSchema } from "./payments";
import { apiSchemas } from "./registry";

export const refundIdSchema = z
  .string({ error: "refundId must be a string." })
  .regex(rules.REFUND_ID_PATTERN, { error: "refundId must be 1-64 characters of A-Z a-z 0-9 _ -." })
  .meta({ description: "The merchant's own refund id, unique per merchant.", examples: ["R1001-1"] });

export const createRefundRequestSchema = z
  .strictObject(
    {
      orderId: orderIdSchema,
      refundId: refundIdSchema,
      amount: z
        .int({ error: "amount must be an integer number of minor units (fen)." })
        .min(1, { error: "amount must be at least 1." })
        .max(MAX_AMOUNT, { error: `amount must be at most ${MAX_AMOUNT}.` })
        .meta({ description: "Minor units (fen) to give back: 500 is ¥5.00.", examples: [500] }),
      reason: z
        .string({ error: "reason must be a string." })
        .refine((s) => charCount(s) <= rules.REFUND_REASON_MAX_CHARS, {
          error: `reason must be at most ${rules.REFUND_REASON_MAX_CHARS} characters.`,
        })
        .nullish()
        .meta({
          maxLength: rules.REFUND_REASON_MAX_CHARS,
          description: "Kept with the refund.",
          examples: ["damaged"],
        }),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys" ? `Unknown field: ${issue.keys.join(", ")}.` : undefined,
    },
  )
  .meta({ examples: [{ orderId: "A1001", refundId: "R1001-1", amount: 500, reason: "damaged" }] });

apiSchemas.add(createRefundRequestSchema, {
  id: "CreateRefundRequest",
  description: "Body of POST /api/v1/refunds.",
});

export const refundObjectSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^rf_[0-9a-z]+$/)
      .meta({ description: "The gateway's refund id.", examples: ["rf_01jd8x2k3m4n5p6q7r8s9t0v1w"] }),
    refundId: refundIdSchema,
    orderId: orderIdSchema,
    amount: z.int().min(1),
    currency: z
      .string()
      .length(3)
      .meta({ description: "ISO 4217 code (the payment's).", examples: ["CNY"] }),
    status: z.enum(["processing", "succeeded", "failed"]).meta({
      description:
        "processing → succeeded | failed. Wallet and prepaid-card refunds succeed at once; bank-card refunds " +
        "when the bank has paid the money back.",
    }),
    reason: z.string().nullable(),
    createdAt: z.iso.datetime().meta({ description: "ISO 8601, UTC." }),
    completedAt: z.iso
      .datetime()
      .nullable()
      .meta({ description: "When it succeeded or failed; null before." }),
  })
  .meta({
    examples: [
      {
        id: "rf_01jd8x2k3m4n5p6q7r8s9t0v1w",
        refundId: "R1001-1",
        orderId: "A1001",
        amount: 500,
        currency: "CNY",
        status: "processing",
        reason: "damaged",
        createdAt: "2026-11-22T09:00:00.000Z",
        completedAt: null,
      },
    ],
  });

apiSchemas.add(refundObjectSchema, {
  id: "Refund",
  description: "A refund, as the refund endpoints and refund notifications return it.",
});

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compile-time proof that the serialiser (lib/refunds) and this schema describe the same object. */
export const refundObjectMatchesSerializer: Equals<z.infer<typeof refundObjectSchema>, RefundObject> = true;
