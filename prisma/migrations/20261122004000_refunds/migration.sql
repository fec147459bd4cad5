-- CreateEnum
CREATE TYPE "RefundStatus" AS ENUM ('PROCESSING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "RefundRoute" AS ENUM ('WALLET', 'PREPAID_CARD', 'BANK', 'ACQUIRER');

-- CreateEnum
CREATE TYPE "RefundBatchStatus" AS ENUM ('PREVIEW', 'PROCESSING', 'SUBMITTED', 'CANCELLED');

-- CreateTable
CREATE TABLE "refunds" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "refundId" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'CNY',
    "reason" TEXT,
    "status" "RefundStatus" NOT NULL DEFAULT 'PROCESSING',
    "route" "RefundRoute" NOT NULL,
    "bankCode" TEXT,
    "bankRefundId" TEXT,
    "failureReason" TEXT,
    "paramsHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdByUserId" TEXT,
    "batchId" TEXT,
    "fromPending" BIGINT NOT NULL DEFAULT 0,
    "fromAvailable" BIGINT NOT NULL DEFAULT 0,
    "nextQueryAt" TIMESTAMP(3),
    "queryCount" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "refunds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refund_batches" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "uploadedByUserId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileFormat" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "status" "RefundBatchStatus" NOT NULL DEFAULT 'PREVIEW',
    "rowCount" INTEGER NOT NULL,
    "validCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),

    CONSTRAINT "refund_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refund_batch_rows" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "orderId" TEXT NOT NULL,
    "amountText" TEXT NOT NULL,
    "amount" BIGINT,
    "refundIdText" TEXT,
    "reason" TEXT,
    "verdict" TEXT NOT NULL,
    "message" TEXT,
    "paymentId" TEXT,
    "refundRecordId" TEXT,

    CONSTRAINT "refund_batch_rows_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "refunds_paymentId_idx" ON "refunds"("paymentId");

-- CreateIndex
CREATE INDEX "refunds_merchantId_createdAt_idx" ON "refunds"("merchantId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "refunds_merchantId_completedAt_idx" ON "refunds"("merchantId", "completedAt");

-- CreateIndex
CREATE INDEX "refunds_status_nextQueryAt_idx" ON "refunds"("status", "nextQueryAt");

-- CreateIndex
CREATE INDEX "refunds_batchId_idx" ON "refunds"("batchId");

-- CreateIndex
CREATE UNIQUE INDEX "refunds_merchantId_refundId_key" ON "refunds"("merchantId", "refundId");

-- CreateIndex
CREATE INDEX "refund_batches_merchantId_createdAt_idx" ON "refund_batches"("merchantId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "refund_batch_rows_batchId_verdict_idx" ON "refund_batch_rows"("batchId", "verdict");

-- CreateIndex
CREATE UNIQUE INDEX "refund_batch_rows_batchId_rowNumber_key" ON "refund_batch_rows"("batchId", "rowNumber");

-- AddForeignKey
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "payments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "refund_batches"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refund_batches" ADD CONSTRAINT "refund_batches_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refund_batch_rows" ADD CONSTRAINT "refund_batch_rows_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "refund_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A refund moves a positive amount, and only as much as was taken from the merchant's balances.
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_amount_positive" CHECK ("amount" > 0);
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_sources_cover_amount"
  CHECK ("fromPending" >= 0 AND "fromAvailable" >= 0 AND "fromPending" + "fromAvailable" = "amount");
