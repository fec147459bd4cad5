-- AlterTable
ALTER TABLE "payments" ADD COLUMN     "topUpUserId" TEXT;

