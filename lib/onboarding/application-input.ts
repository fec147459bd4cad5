import { z } from "zod";
import { emailSchema } from "@/lib/users/normalize-email";
import { PRODUCTS } from "./products";

/** The self-service application form, parsed once at the edge (server action) and again in the verb. */
export const applicationInputSchema = z.object({
  products: z
    .array(z.enum(PRODUCTS as [string, ...string[]]))
    .min(1)
    .transform((list) => [...new Set(list)]),
  siteName: z.string().trim().min(2).max(100),
  siteUrl: z
    .string()
    .trim()
    .max(2048)
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)),
  businessDescription: z.string().trim().min(10).max(2000),
  contactName: z.string().trim().min(1).max(60),
  contactPhone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 -]{5,19}$/),
  contactEmail: emailSchema,
  /** The "agree to the agreement and activate" checkbox, risk notice included. */
  agreement: z.boolean().refine((accepted) => accepted),
});

export type ApplicationInput = z.input<typeof applicationInputSchema>;
export type ParsedApplicationInput = z.output<typeof applicationInputSchema>;
