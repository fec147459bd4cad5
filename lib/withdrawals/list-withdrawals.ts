import type { Db } from "@/lib/db";
import { requireMerchantPermission } from "@/lib/auth/merchant-access";

/** The merchant's withdrawals (newest first) and bank accounts, for members with withdrawals.create. */
export async function listWithdrawals(db: Db, options: { userId: string; merchantId: string }) {
  await requireMerchantPermission(db, options.userId, options.merchantId, "withdrawals.create");
  const [withdrawals, bankAccounts, merchant] = await Promise.all([
    db.withdrawal.findMany({
      where: { merchantId: options.merchantId },
      include: { bankAccount: { select: { bankCode: true, last4: true, accountName: true } } },
      orderBy: { createdAt: "desc" },
      take: 50,
    }),
    db.merchantBankAccount.findMany({
      where: { merchantId: options.merchantId, status: "ACTIVE" },
      select: { id: true, bankCode: true, accountName: true, last4: true },
      orderBy: { createdAt: "asc" },
    }),
    db.merchant.findUniqueOrThrow({
      where: { id: options.merchantId },
      select: { agreementSignedAt: true, withdrawalLimit: true },
    }),
  ]);
  return { withdrawals, bankAccounts, merchant };
}
