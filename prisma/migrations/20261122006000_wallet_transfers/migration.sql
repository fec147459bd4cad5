-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('COMPLETED', 'UNCLAIMED', 'CLAIMED', 'CANCELLED', 'RETURNED');

-- CreateTable
CREATE TABLE "wallet_transfers" (
    "id" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "recipientEmail" TEXT NOT NULL,
    "recipientId" TEXT,
    "amount" BIGINT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'CNY',
    "note" TEXT,
    "status" "TransferStatus" NOT NULL,
    "pairingCode" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "wallet_transfers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "wallet_transfers_senderId_createdAt_idx" ON "wallet_transfers"("senderId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "wallet_transfers_recipientEmail_status_idx" ON "wallet_transfers"("recipientEmail", "status");

-- CreateIndex
CREATE INDEX "wallet_transfers_status_expiresAt_idx" ON "wallet_transfers"("status", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "wallet_transfers_senderId_idempotencyKey_key" ON "wallet_transfers"("senderId", "idempotencyKey");

-- AddForeignKey
ALTER TABLE "wallet_transfers" ADD CONSTRAINT "wallet_transfers_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wallet_transfers" ADD CONSTRAINT "wallet_transfers_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A transfer moves a positive amount, and only an unclaimed one waits for a claim or a return.
ALTER TABLE "wallet_transfers" ADD CONSTRAINT "wallet_transfers_amount_positive" CHECK ("amount" > 0);
ALTER TABLE "wallet_transfers" ADD CONSTRAINT "wallet_transfers_expiry_only_when_unclaimed"
  CHECK ("status" <> 'UNCLAIMED' OR "expiresAt" IS NOT NULL);
