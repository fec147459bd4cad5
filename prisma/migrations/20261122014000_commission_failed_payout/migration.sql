-- AlterTable
ALTER TABLE "commission_accruals" ADD COLUMN     "failedPayoutId" TEXT;

-- AddForeignKey
ALTER TABLE "commission_accruals" ADD CONSTRAINT "commission_accruals_failedPayoutId_fkey" FOREIGN KEY ("failedPayoutId") REFERENCES "commission_payouts"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Commissions released by a refused payout before the column existed: a payout took every unpaid
-- commission of its agent that accrued before its month ended (Shanghai, UTC+8) and before it was made,
-- so an unpaid one of that kind was in the latest such refused payout.
UPDATE "commission_accruals" a SET "failedPayoutId" = (
  SELECT f."id" FROM "commission_payouts" f
   WHERE f."agentId" = a."agentId" AND f."status" = 'FAILED' AND f."createdAt" > a."accruedAt"
     AND a."accruedAt" < (f."month" || '-01')::timestamp + interval '1 month' - interval '8 hours'
   ORDER BY f."createdAt" DESC LIMIT 1)
 WHERE a."payoutId" IS NULL AND a."reversedAt" IS NULL;
