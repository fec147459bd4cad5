import { z } from "zod";
import type { Merchant, MerchantStatus, Product } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { PRODUCTS } from "@/lib/onboarding/products";
import { emailSchema } from "@/lib/users/normalize-email";

export type CreateMerchantOptions = {
  name: string;
  /** Where the gateway writes to the merchant (review decisions, statements). */
  email: string;
  /** The merchant's public site, shown to reviewers and shoppers. */
  siteUrl: string;
  /** The person reviewers talk to, and a phone number for them (optional). */
  contactName?: string | null;
  phone?: string | null;
  /** PENDING (awaiting review) unless an operator creates it already approved. */
  status?: MerchantStatus;
  /** Fee in basis points; the schema's default (60 = 0.6%) when omitted. */
  feeBps?: number;
  /**
   * Products enabled. An operator approving a merchant outright (CLI, seed) does so under a signed
   * agreement, so by default an ACTIVE merchant gets every product and open withdrawals; a PENDING one
   * gets nothing until a reviewer approves its application.
   */
  products?: Product[];
};

const schema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter the merchant's name.")
    .max(100, "The name is at most 100 characters."),
  email: emailSchema,
  siteUrl: z
    .string()
    .trim()
    .max(2048)
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
      message: "The site must be an http:// or https:// address.",
    }),
  contactName: z.string().trim().max(100, "The contact name is at most 100 characters.").nullish(),
  phone: z
    .string()
    .trim()
    .max(32, "The phone number is at most 32 characters.")
    .regex(/^[0-9+()\-. ]*$/, "Enter a phone number with digits, spaces and + ( ) - . only.")
    .nullish(),
  feeBps: z.number().int().min(0).max(10_000).optional(),
});

/** Creates a merchant (id `mch_…`), PENDING unless told otherwise. Invalid input names its field. */
export async function createMerchant(tx: Tx, options: CreateMerchantOptions): Promise<Merchant> {
  const parsed = schema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = typeof issue?.path[0] === "string" ? issue.path[0] : undefined;
    const message =
      field === "email" ? "Enter a valid email address." : (issue?.message ?? "Invalid merchant.");
    throw new AppError("invalid_request", message, field);
  }
  const { name, email, siteUrl, contactName, phone, feeBps } = parsed.data;
  return tx.merchant.create({
    data: {
      id: newId("mch"),
      name,
      email,
      siteUrl,
      // Blank optional answers are stored as "not given".
      contactName: contactName || null,
      phone: phone || null,
      status: options.status ?? "PENDING",
      products: options.products ?? (options.status === "ACTIVE" ? [...PRODUCTS] : []),
      agreementSignedAt: options.status === "ACTIVE" ? now() : null,
      ...(feeBps === undefined ? {} : { feeBps }),
    },
  });
}
