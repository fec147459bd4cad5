-- CreateEnum
CREATE TYPE "PrepaidCardStatus" AS ENUM ('ACTIVE', 'BLOCKED');

-- AlterTable
ALTER TABLE "payment_attempts" ADD COLUMN     "prepaidCardId" TEXT;

-- CreateTable
CREATE TABLE "bank_settings" (
    "code" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "bank_settings_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "prepaid_cards" (
    "id" TEXT NOT NULL,
    "numberHash" TEXT NOT NULL,
    "last4" TEXT NOT NULL,
    "pinHash" TEXT NOT NULL,
    "status" "PrepaidCardStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "prepaid_cards_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "prepaid_cards_numberHash_key" ON "prepaid_cards"("numberHash");

-- AddForeignKey
ALTER TABLE "payment_attempts" ADD CONSTRAINT "payment_attempts_prepaidCardId_fkey" FOREIGN KEY ("prepaidCardId") REFERENCES "prepaid_cards"("id") ON DELETE SET NULL ON UPDATE CASCADE;

