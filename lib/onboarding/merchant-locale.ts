import type { Tx } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/config";

/** The language of the merchant's owner: mail to the merchant is written in it. */
export async function merchantLocale(tx: Tx, merchantId: string): Promise<Locale> {
  const owner = await tx.merchantMember.findFirst({
    where: { merchantId, role: "OWNER" },
    orderBy: { createdAt: "asc" },
    include: { user: { select: { locale: true } } },
  });
  return isLocale(owner?.user.locale) ? owner.user.locale : "zh";
}
