-- CreateEnum
CREATE TYPE "CommissionPayoutStatus" AS ENUM ('PROCESSING', 'PAID', 'FAILED');

-- AlterTable
ALTER TABLE "merchants" ADD COLUMN     "agentId" TEXT,
ADD COLUMN     "platformMerchantId" TEXT;

-- AlterTable
ALTER TABLE "withdrawals" ADD COLUMN     "agentId" TEXT;

-- CreateTable
CREATE TABLE "payment_splits" (
    "id" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "reversedAmount" BIGINT NOT NULL DEFAULT 0,
    "settlementId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payment_splits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refund_split_reversals" (
    "id" TEXT NOT NULL,
    "refundId" TEXT NOT NULL,
    "splitId" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "fromPending" BIGINT NOT NULL DEFAULT 0,
    "fromAvailable" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "refund_split_reversals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agents" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "commissionShareBps" INTEGER NOT NULL DEFAULT 2000,
    "bankCode" TEXT NOT NULL,
    "accountName" TEXT NOT NULL,
    "accountLast4" TEXT NOT NULL,
    "accountNumberSealed" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "agents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commission_accruals" (
    "id" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "fee" BIGINT NOT NULL,
    "shareBps" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,
    "accruedAt" TIMESTAMP(3) NOT NULL,
    "reversedAt" TIMESTAMP(3),
    "payoutId" TEXT,

    CONSTRAINT "commission_accruals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commission_payouts" (
    "id" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "accrualCount" INTEGER NOT NULL,
    "status" "CommissionPayoutStatus" NOT NULL DEFAULT 'PROCESSING',
    "withdrawalId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "commission_payouts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "payment_splits_merchantId_createdAt_idx" ON "payment_splits"("merchantId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "payment_splits_paymentId_merchantId_key" ON "payment_splits"("paymentId", "merchantId");

-- CreateIndex
CREATE INDEX "refund_split_reversals_splitId_idx" ON "refund_split_reversals"("splitId");

-- CreateIndex
CREATE UNIQUE INDEX "refund_split_reversals_refundId_splitId_key" ON "refund_split_reversals"("refundId", "splitId");

-- CreateIndex
CREATE UNIQUE INDEX "agents_email_key" ON "agents"("email");

-- CreateIndex
CREATE UNIQUE INDEX "commission_accruals_paymentId_key" ON "commission_accruals"("paymentId");

-- CreateIndex
CREATE INDEX "commission_accruals_agentId_accruedAt_idx" ON "commission_accruals"("agentId", "accruedAt");

-- CreateIndex
CREATE INDEX "commission_accruals_payoutId_idx" ON "commission_accruals"("payoutId");

-- CreateIndex
CREATE UNIQUE INDEX "commission_payouts_withdrawalId_key" ON "commission_payouts"("withdrawalId");

-- CreateIndex
CREATE UNIQUE INDEX "commission_payouts_agentId_month_key" ON "commission_payouts"("agentId", "month");

-- AddForeignKey
ALTER TABLE "merchants" ADD CONSTRAINT "merchants_platformMerchantId_fkey" FOREIGN KEY ("platformMerchantId") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "merchants" ADD CONSTRAINT "merchants_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "agents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "withdrawals" ADD CONSTRAINT "withdrawals_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "agents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_splits" ADD CONSTRAINT "payment_splits_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "payments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_splits" ADD CONSTRAINT "payment_splits_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_splits" ADD CONSTRAINT "payment_splits_settlementId_fkey" FOREIGN KEY ("settlementId") REFERENCES "settlements"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refund_split_reversals" ADD CONSTRAINT "refund_split_reversals_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "refunds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refund_split_reversals" ADD CONSTRAINT "refund_split_reversals_splitId_fkey" FOREIGN KEY ("splitId") REFERENCES "payment_splits"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refund_split_reversals" ADD CONSTRAINT "refund_split_reversals_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commission_accruals" ADD CONSTRAINT "commission_accruals_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "agents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commission_accruals" ADD CONSTRAINT "commission_accruals_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commission_accruals" ADD CONSTRAINT "commission_accruals_payoutId_fkey" FOREIGN KEY ("payoutId") REFERENCES "commission_payouts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commission_payouts" ADD CONSTRAINT "commission_payouts_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "agents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commission_payouts" ADD CONSTRAINT "commission_payouts_withdrawalId_fkey" FOREIGN KEY ("withdrawalId") REFERENCES "withdrawals"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- A withdrawal has exactly one owner: a merchant (to its registered account), a wallet user or an
-- agent (to a number typed for it, sealed).
ALTER TABLE "withdrawals" DROP CONSTRAINT "withdrawals_one_owner";
ALTER TABLE "withdrawals" ADD CONSTRAINT "withdrawals_one_owner" CHECK (
  ("merchantId" IS NOT NULL AND "bankAccountId" IS NOT NULL AND "userId" IS NULL AND "agentId" IS NULL)
  OR ("userId" IS NOT NULL AND "merchantId" IS NULL AND "agentId" IS NULL AND "accountNumberSealed" IS NOT NULL)
  OR ("agentId" IS NOT NULL AND "merchantId" IS NULL AND "userId" IS NULL AND "accountNumberSealed" IS NOT NULL)
);

-- A share is positive, and refunds never take back more than it.
ALTER TABLE "payment_splits" ADD CONSTRAINT "payment_splits_amounts" CHECK (
  "amount" > 0 AND "reversedAmount" >= 0 AND "reversedAmount" <= "amount"
);
ALTER TABLE "refund_split_reversals" ADD CONSTRAINT "refund_split_reversals_amounts" CHECK (
  "amount" > 0 AND "fromPending" >= 0 AND "fromAvailable" >= 0 AND "fromPending" + "fromAvailable" <= "amount"
);
ALTER TABLE "agents" ADD CONSTRAINT "agents_commission_share" CHECK (
  "commissionShareBps" BETWEEN 0 AND 10000
);
ALTER TABLE "commission_accruals" ADD CONSTRAINT "commission_accruals_amounts" CHECK (
  "amount" >= 0 AND "amount" <= "fee"
);
ALTER TABLE "commission_payouts" ADD CONSTRAINT "commission_payouts_amount" CHECK ("amount" > 0);
-- A sub-merchant cannot be its own platform.
ALTER TABLE "merchants" ADD CONSTRAINT "merchants_platform_not_self" CHECK ("platformMerchantId" <> "id");
-- A refund of a settled split payment is paid partly by the sub-merchants (refund_split_reversals):
-- the refund's own sources are then what the platform paid, less than the amount.
ALTER TABLE "refunds" DROP CONSTRAINT "refunds_sources_cover_amount";
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_sources_cover_amount"
  CHECK ("fromPending" >= 0 AND "fromAvailable" >= 0 AND "fromPending" + "fromAvailable" <= "amount");
