-- AlterTable
ALTER TABLE "withdrawals" ADD COLUMN     "accountLast4" TEXT,
ADD COLUMN     "accountName" TEXT,
ADD COLUMN     "accountNumberSealed" TEXT,
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "userId" TEXT,
ALTER COLUMN "merchantId" DROP NOT NULL,
ALTER COLUMN "bankAccountId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "withdrawals_userId_createdAt_idx" ON "withdrawals"("userId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "withdrawals_userId_idempotencyKey_key" ON "withdrawals"("userId", "idempotencyKey");

-- AddForeignKey
ALTER TABLE "withdrawals" ADD CONSTRAINT "withdrawals_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A withdrawal is a merchant's (to its registered account) or a wallet user's (to a card typed for it).
ALTER TABLE "withdrawals" ADD CONSTRAINT "withdrawals_one_owner" CHECK (
  ("merchantId" IS NOT NULL AND "bankAccountId" IS NOT NULL AND "userId" IS NULL)
  OR ("userId" IS NOT NULL AND "merchantId" IS NULL AND "accountNumberSealed" IS NOT NULL)
);
