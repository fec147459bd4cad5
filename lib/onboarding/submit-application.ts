import type { MerchantApplication, Product } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { applicationInputSchema, type ApplicationInput } from "./application-input";
import { applicationSnapshot, EDITABLE_STATUSES, OPEN_STATUSES } from "./application-snapshot";
import { sortProducts } from "./products";
import { requireMerchantOwner } from "./require-owner";

export type SubmitApplicationOptions = {
  userId: string;
  /** The merchant of the signed-in owner's membership (never a form field). */
  merchantId: string;
  input: ApplicationInput;
};

function parse(input: ApplicationInput) {
  const parsed = applicationInputSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = typeof issue?.path[0] === "string" ? issue.path[0] : undefined;
  throw new AppError("invalid_request", `Check ${field ?? "the form"}.`, field);
}

/**
 * The owner applies for payment products (or edits a rejected / changes-requested application and
 * submits it again). A merchant has at most one application waiting for review; products already
 * approved cannot be applied for twice. The site's name and address are part of what is reviewed.
 */
export async function submitApplication(
  db: Db,
  options: SubmitApplicationOptions,
): Promise<MerchantApplication> {
  const input = parse(options.input);
  return db.$transaction(async (tx) => {
    const { actor } = await requireMerchantOwner(tx, options.userId, options.merchantId);
    // Serialises submissions of one merchant: two tabs submitting at once make one application.
    const [merchant] = await tx.$queryRaw<{ products: Product[] }[]>`
      SELECT "products" FROM "merchants" WHERE "id" = ${options.merchantId} FOR UPDATE`;
    if (!merchant) throw new AppError("not_found", "No such merchant.");
    const products = sortProducts(input.products as Product[]).filter((p) => !merchant.products.includes(p));
    if (products.length === 0) {
      throw new AppError("conflict", "Every product chosen is already approved.", "products");
    }
    const latest = await tx.merchantApplication.findFirst({
      where: { merchantId: options.merchantId },
      orderBy: { createdAt: "desc" },
    });
    if (latest && (OPEN_STATUSES as readonly string[]).includes(latest.status)) {
      throw new AppError("conflict", "An application is already waiting for review.");
    }
    const at = now();
    const fields = {
      products,
      siteName: input.siteName,
      siteUrl: input.siteUrl,
      businessDescription: input.businessDescription,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      contactEmail: input.contactEmail,
      agreementAcceptedAt: at,
      submittedAt: at,
      status: "SUBMITTED" as const,
      claimedById: null,
      claimedUntil: null,
    };
    const resubmit = latest && (EDITABLE_STATUSES as readonly string[]).includes(latest.status);
    const application = resubmit
      ? await tx.merchantApplication.update({
          where: { id: latest.id },
          data: { ...fields, version: { increment: 1 } },
        })
      : await tx.merchantApplication.create({
          data: { id: newId("apl"), merchantId: options.merchantId, ...fields },
        });
    await recordAudit(tx, {
      actor,
      action: resubmit ? "application.resubmitted" : "application.submitted",
      targetType: "application",
      targetId: application.id,
      merchantId: options.merchantId,
      before: resubmit ? applicationSnapshot(latest) : null,
      after: applicationSnapshot(application),
    });
    return application;
  });
}
