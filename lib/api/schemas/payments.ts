import { z } from "zod";
import type { CreatePaymentInput } from "@/lib/payments/create-payment";
import type { PaymentObject } from "@/lib/payments/serialize-payment";
import * as rules from "@/lib/payments/payment-rules";
import { MAX_SPLITS } from "@/lib/splits/split-rules";
import { apiSchemas } from "./registry";

export const orderIdSchema = z
  .string({ error: "orderId must be a string." })
  .regex(rules.ORDER_ID_PATTERN, { error: "orderId must be 1-64 characters of A-Z a-z 0-9 _ -." })
  .meta({ description: "The merchant's own order id, unique per merchant.", examples: ["A1001"] });

const httpUrl = (name: string) =>
  z
    .string({ error: `${name} must be a string.` })
    .refine(rules.isHttpUrl, { error: `${name} must be an absolute http or https URL.` })
    .meta({ format: "uri", maxLength: rules.URL_MAX_LENGTH, pattern: "^https?://" });

export const createPaymentRequestSchema = z
  .strictObject(
    {
      orderId: orderIdSchema,
      amount: z
        .int({ error: "amount must be an integer number of minor units (fen)." })
        .min(rules.MIN_AMOUNT, { error: `amount must be at least ${rules.MIN_AMOUNT}.` })
        .max(rules.MAX_AMOUNT, { error: `amount must be at most ${rules.MAX_AMOUNT}.` })
        .meta({ description: "Minor units (fen): 1999 is ¥19.99.", examples: [1999] }),
      currency: z
        .enum(rules.SUPPORTED_CURRENCIES, { error: "currency must be CNY." })
        .default("CNY")
        .meta({ description: "ISO 4217 code; CNY is the only one supported." }),
      subject: z
        .string({ error: "subject must be a string." })
        .min(1, { error: "subject must not be empty." })
        .refine((s) => rules.charCount(s) <= rules.SUBJECT_MAX_CHARS, {
          error: `subject must be at most ${rules.SUBJECT_MAX_CHARS} characters.`,
        })
        .meta({
          maxLength: rules.SUBJECT_MAX_CHARS,
          description: "Shown to the shopper.",
          examples: ["Blue mug"],
        }),
      notifyUrl: httpUrl("notifyUrl").meta({
        description: "Where the gateway POSTs signed notifications.",
        examples: ["https://shop.example/paylane/notify"],
      }),
      returnUrl: httpUrl("returnUrl").meta({
        description: "Where the shopper's browser goes after paying.",
        examples: ["https://shop.example/orders/A1001"],
      }),
      payerEmail: z
        .email({ error: "payerEmail must be an email address." })
        .max(rules.EMAIL_MAX_LENGTH, { error: "payerEmail is too long." })
        .nullish()
        .meta({ description: "Pre-fills the checkout.", examples: ["buyer@example.com"] }),
      expiresAt: z.iso
        .datetime({
          offset: true,
          error: "expiresAt must be an ISO 8601 time, e.g. 2026-11-22T10:00:00.000Z.",
        })
        .nullish()
        .meta({
          description:
            "When the payment stops being payable; default 2 hours after creation, at most 30 days.",
        }),
      metadata: z
        .record(
          z
            .string()
            .min(1)
            .max(rules.METADATA_KEY_MAX_CHARS, {
              error: `metadata keys must be 1-${rules.METADATA_KEY_MAX_CHARS} characters.`,
            }),
          z.string({ error: "metadata values must be strings." }).max(rules.METADATA_VALUE_MAX_CHARS, {
            error: `metadata values must be at most ${rules.METADATA_VALUE_MAX_CHARS} characters.`,
          }),
          { error: "metadata must be an object of string values." },
        )
        .refine((m) => Object.keys(m).length <= rules.METADATA_MAX_ENTRIES, {
          error: `metadata may hold at most ${rules.METADATA_MAX_ENTRIES} entries.`,
        })
        .nullish()
        .meta({
          maxProperties: rules.METADATA_MAX_ENTRIES,
          description: "Returned as given.",
          examples: [{ cart: "77" }],
        }),
      splits: z
        .array(
          z.strictObject({
            merchantId: z
              .string({ error: "splits: merchantId must be a string." })
              .min(1, { error: "splits: merchantId must not be empty." })
              .max(64, { error: "splits: merchantId is too long." })
              .meta({ description: "A sub-merchant of yours.", examples: ["mch_01jd8x2k3m4n5p6q7r"] }),
            amount: z
              .int({ error: "splits: amount must be an integer number of minor units (fen)." })
              .min(1, { error: "splits: amount must be at least 1." })
              .max(rules.MAX_AMOUNT, { error: `splits: amount must be at most ${rules.MAX_AMOUNT}.` })
              .meta({ description: "The sub-merchant's share, in minor units." }),
          }),
          { error: "splits must be an array of {merchantId, amount}." },
        )
        .max(MAX_SPLITS, { error: `splits may name at most ${MAX_SPLITS} sub-merchants.` })
        .nullish()
        .meta({
          description:
            "Platform merchants only (an extension of the spec): shares of the net amount (amount less the fee) " +
            "for your sub-merchants, paid to them when the payment settles. Their sum must not exceed the net.",
          examples: [[{ merchantId: "mch_01jd8x2k3m4n5p6q7r", amount: 500 }]],
        }),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys" ? `Unknown field: ${issue.keys.join(", ")}.` : undefined,
    },
  )
  .meta({
    examples: [
      {
        orderId: "A1001",
        amount: 1999,
        currency: "CNY",
        subject: "Blue mug",
        notifyUrl: "https://shop.example/paylane/notify",
        returnUrl: "https://shop.example/orders/A1001",
        payerEmail: "buyer@example.com",
        expiresAt: "2026-11-22T10:00:00.000Z",
        metadata: { cart: "77" },
      },
    ],
  });

apiSchemas.add(createPaymentRequestSchema, {
  id: "CreatePaymentRequest",
  description: "Body of POST /api/v1/payments.",
});

export type CreatePaymentRequest = z.infer<typeof createPaymentRequestSchema>;

/** The parsed request as the use case takes it: amounts as bigint, times as Date, absent as null. */
export function toCreatePaymentInput(request: CreatePaymentRequest): CreatePaymentInput {
  return {
    orderId: request.orderId,
    amount: BigInt(request.amount),
    currency: request.currency,
    subject: request.subject,
    notifyUrl: request.notifyUrl,
    returnUrl: request.returnUrl,
    payerEmail: request.payerEmail ?? null,
    expiresAt: request.expiresAt ? new Date(request.expiresAt) : null,
    metadata: request.metadata ?? {},
    splits: (request.splits ?? []).map((split) => ({
      merchantId: split.merchantId,
      amount: BigInt(split.amount),
    })),
  };
}

const isoTime = z.iso
  .datetime()
  .meta({ description: "ISO 8601, UTC.", examples: ["2026-11-22T08:00:00.000Z"] });
const minorUnits = z.int().min(0);

export const paymentObjectSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^pay_[0-9a-z]+$/)
      .meta({ description: "The gateway's payment id.", examples: ["pay_01jd8x2k3m4n5p6q7r8s9t0v1w"] }),
    orderId: orderIdSchema,
    amount: minorUnits.min(1),
    currency: z
      .string()
      .length(3)
      .meta({ description: "ISO 4217 code.", examples: ["CNY"] }),
    subject: z.string(),
    status: z.enum(["pending", "succeeded", "failed", "expired", "closed"]).meta({
      description: "pending → succeeded | failed | expired | closed; never changes after leaving pending.",
    }),
    checkoutUrl: z.url().meta({ description: "Send the shopper's browser here to pay." }),
    method: z
      .enum(["bank_card", "wallet", "prepaid_card"])
      .nullable()
      .meta({ description: "How it was paid; null until paid." }),
    bank: z
      .string()
      .nullable()
      .meta({ description: "The bank's code for bank-card payments; otherwise null." }),
    amountRefunded: minorUnits,
    fee: minorUnits.meta({ description: "The gateway's fee, once paid (0 before)." }),
    createdAt: isoTime,
    expiresAt: isoTime,
    paidAt: isoTime.nullable(),
    metadata: z.record(z.string(), z.string()),
  })
  .meta({
    examples: [
      {
        id: "pay_01jd8x2k3m4n5p6q7r8s9t0v1w",
        orderId: "A1001",
        amount: 1999,
        currency: "CNY",
        subject: "Blue mug",
        status: "pending",
        checkoutUrl: "https://gateway.example/pay/Zm9vYmFyYmF6cXV4cXV1eHF1dXo",
        method: null,
        bank: null,
        amountRefunded: 0,
        fee: 0,
        createdAt: "2026-11-22T08:00:00.000Z",
        expiresAt: "2026-11-22T10:00:00.000Z",
        paidAt: null,
        metadata: { cart: "77" },
      },
    ],
  });

apiSchemas.add(paymentObjectSchema, {
  id: "Payment",
  description: "A payment, as every payment endpoint and notification returns it.",
});

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compile-time proof that the serialiser (lib/payments) and this schema describe the same object. */
export const paymentObjectMatchesSerializer: Equals<
  z.infer<typeof paymentObjectSchema>,
  PaymentObject
> = true;

export const orderIdParamsSchema = z.object({ orderId: orderIdSchema });
