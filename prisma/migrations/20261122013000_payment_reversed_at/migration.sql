-- AlterTable
ALTER TABLE "payments" ADD COLUMN     "reversedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "payments_merchantId_reversedAt_idx" ON "payments"("merchantId", "reversedAt");

-- CreateIndex
CREATE INDEX "payments_reversedAt_idx" ON "payments"("reversedAt");


-- Reversals booked before the column existed: the time of their ledger entry, posted under the
-- exception case whose reference is the attempt that paid the payment.
UPDATE "payments" p SET "reversedAt" = e."createdAt"
  FROM "journal_entries" e JOIN "exception_cases" c ON c."id" = e."eventId"
 WHERE e."eventType" = 'payment.reversed' AND p."paidAttemptId" = c."reference";
