-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED', 'EXPIRED', 'CLOSED');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('BANK_CARD', 'WALLET', 'PREPAID_CARD');

-- CreateEnum
CREATE TYPE "AttemptStatus" AS ENUM ('PENDING', 'APPROVED', 'DECLINED', 'REJECTED', 'UNMATCHED');

-- CreateEnum
CREATE TYPE "MessageDirection" AS ENUM ('IN', 'OUT');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('PENDING', 'DELIVERING', 'DELIVERED', 'FAILED');

-- AlterTable
ALTER TABLE "merchants" ADD COLUMN     "apiRateLimitPerSecond" INTEGER;

-- CreateTable
CREATE TABLE "payments" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'CNY',
    "subject" TEXT NOT NULL,
    "notifyUrl" TEXT NOT NULL,
    "returnUrl" TEXT NOT NULL,
    "payerEmail" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "status" "PaymentStatus" NOT NULL DEFAULT 'PENDING',
    "method" "PaymentMethod",
    "bankCode" TEXT,
    "fee" BIGINT NOT NULL DEFAULT 0,
    "amountRefunded" BIGINT NOT NULL DEFAULT 0,
    "paramsHash" TEXT NOT NULL,
    "checkoutToken" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "paidAt" TIMESTAMP(3),
    "paidAttemptId" TEXT,
    "finalizedAt" TIMESTAMP(3),
    "failureReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_attempts" (
    "id" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "bankCode" TEXT,
    "amount" BIGINT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'CNY',
    "status" "AttemptStatus" NOT NULL DEFAULT 'PENDING',
    "declineReason" TEXT,
    "bankTxnId" TEXT,
    "payerRef" TEXT,
    "payerUserId" TEXT,
    "nextQueryAt" TIMESTAMP(3),
    "queryCount" INTEGER NOT NULL DEFAULT 0,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "payment_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bank_messages" (
    "id" TEXT NOT NULL,
    "bankCode" TEXT NOT NULL,
    "direction" "MessageDirection" NOT NULL,
    "kind" TEXT NOT NULL,
    "paymentId" TEXT,
    "attemptId" TEXT,
    "verified" BOOLEAN NOT NULL,
    "verdict" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bank_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_nonces" (
    "merchantId" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_nonces_pkey" PRIMARY KEY ("merchantId","nonce")
);

-- CreateTable
CREATE TABLE "notification_events" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "paymentId" TEXT,
    "refundId" TEXT,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "notifyUrl" TEXT NOT NULL,
    "status" "NotificationStatus" NOT NULL DEFAULT 'PENDING',
    "attemptCount" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "leaseUntil" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "notification_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_attempts" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "attemptNo" INTEGER NOT NULL,
    "trigger" TEXT NOT NULL DEFAULT 'schedule',
    "startedAt" TIMESTAMP(3) NOT NULL,
    "latencyMs" INTEGER NOT NULL,
    "httpStatus" INTEGER,
    "responseExcerpt" TEXT,
    "error" TEXT,
    "succeeded" BOOLEAN NOT NULL,

    CONSTRAINT "notification_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "payments_checkoutToken_key" ON "payments"("checkoutToken");

-- CreateIndex
CREATE UNIQUE INDEX "payments_paidAttemptId_key" ON "payments"("paidAttemptId");

-- CreateIndex
CREATE INDEX "payments_merchantId_createdAt_idx" ON "payments"("merchantId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "payments_merchantId_status_createdAt_idx" ON "payments"("merchantId", "status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "payments_status_expiresAt_idx" ON "payments"("status", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "payments_merchantId_orderId_key" ON "payments"("merchantId", "orderId");

-- CreateIndex
CREATE INDEX "payment_attempts_paymentId_idx" ON "payment_attempts"("paymentId");

-- CreateIndex
CREATE INDEX "payment_attempts_status_nextQueryAt_idx" ON "payment_attempts"("status", "nextQueryAt");

-- CreateIndex
CREATE UNIQUE INDEX "payment_attempts_bankCode_bankTxnId_key" ON "payment_attempts"("bankCode", "bankTxnId");

-- CreateIndex
CREATE INDEX "bank_messages_paymentId_createdAt_idx" ON "bank_messages"("paymentId", "createdAt");

-- CreateIndex
CREATE INDEX "bank_messages_attemptId_idx" ON "bank_messages"("attemptId");

-- CreateIndex
CREATE INDEX "bank_messages_bankCode_createdAt_idx" ON "bank_messages"("bankCode", "createdAt");

-- CreateIndex
CREATE INDEX "api_nonces_createdAt_idx" ON "api_nonces"("createdAt");

-- CreateIndex
CREATE INDEX "notification_events_merchantId_createdAt_idx" ON "notification_events"("merchantId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "notification_events_paymentId_idx" ON "notification_events"("paymentId");

-- CreateIndex
CREATE INDEX "notification_events_refundId_idx" ON "notification_events"("refundId");

-- CreateIndex
CREATE INDEX "notification_events_status_nextAttemptAt_idx" ON "notification_events"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "notification_attempts_eventId_attemptNo_key" ON "notification_attempts"("eventId", "attemptNo");

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_attempts" ADD CONSTRAINT "payment_attempts_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "payments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bank_messages" ADD CONSTRAINT "bank_messages_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "payments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bank_messages" ADD CONSTRAINT "bank_messages_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "payment_attempts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_nonces" ADD CONSTRAINT "api_nonces_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "merchants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_events" ADD CONSTRAINT "notification_events_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_events" ADD CONSTRAINT "notification_events_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "payments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_attempts" ADD CONSTRAINT "notification_attempts_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "notification_events"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Invariants of payments that the database itself keeps, whatever code writes to it. (CHECKs and a
-- trigger are outside Prisma's datamodel, so the drift check does not see them.)
ALTER TABLE "payments"
  ADD CONSTRAINT "payments_amount_positive" CHECK ("amount" > 0),
  ADD CONSTRAINT "payments_fee_in_range" CHECK ("fee" >= 0 AND "fee" <= "amount"),
  ADD CONSTRAINT "payments_refunded_in_range" CHECK ("amountRefunded" >= 0 AND "amountRefunded" <= "amount"),
  ADD CONSTRAINT "payments_paid_iff_succeeded"
    CHECK (("status" = 'SUCCEEDED') = ("paidAt" IS NOT NULL AND "method" IS NOT NULL AND "paidAttemptId" IS NOT NULL));

ALTER TABLE "payment_attempts" ADD CONSTRAINT "payment_attempts_amount_positive" CHECK ("amount" > 0);

-- A payment succeeds at most once and never changes status after leaving PENDING; what was ordered
-- (merchant, order, amount, currency) never changes at all.
CREATE FUNCTION payments_guard_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" <> 'PENDING' AND NEW."status" <> OLD."status" THEN
    RAISE EXCEPTION 'payment % is % and cannot become %', OLD."id", OLD."status", NEW."status"
      USING ERRCODE = '23514';
  END IF;
  IF NEW."merchantId" <> OLD."merchantId" OR NEW."orderId" <> OLD."orderId"
     OR NEW."amount" <> OLD."amount" OR NEW."currency" <> OLD."currency" THEN
    RAISE EXCEPTION 'payment %: merchant, order, amount and currency are immutable', OLD."id"
      USING ERRCODE = '23514';
  END IF;
  IF OLD."status" = 'SUCCEEDED' AND (NEW."fee" <> OLD."fee" OR NEW."paidAt" <> OLD."paidAt"
     OR NEW."paidAttemptId" <> OLD."paidAttemptId") THEN
    RAISE EXCEPTION 'payment % has succeeded: its fee and payment details are final', OLD."id"
      USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "payments_guard_update"
  BEFORE UPDATE ON "payments"
  FOR EACH ROW EXECUTE FUNCTION payments_guard_update();
