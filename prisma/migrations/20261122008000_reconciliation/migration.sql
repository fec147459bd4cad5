-- CreateEnum
CREATE TYPE "ReconciliationStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "ExceptionKind" AS ENUM ('MISSING_AT_BANK', 'MISSING_AT_GATEWAY', 'STATUS_DIFFERS', 'AMOUNT_DIFFERS', 'FEE_DIFFERS');

-- CreateEnum
CREATE TYPE "ExceptionStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateTable
CREATE TABLE "reconciliation_runs" (
    "id" TEXT NOT NULL,
    "bankCode" TEXT NOT NULL,
    "businessDay" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "startedById" TEXT,
    "status" "ReconciliationStatus" NOT NULL DEFAULT 'RUNNING',
    "fileSha256" TEXT,
    "summary" JSONB,
    "error" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "reconciliation_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exception_cases" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "lastSeenRunId" TEXT,
    "bankCode" TEXT NOT NULL,
    "businessDay" TEXT NOT NULL,
    "kind" "ExceptionKind" NOT NULL,
    "reference" TEXT NOT NULL,
    "paymentId" TEXT,
    "refundId" TEXT,
    "delta" BIGINT,
    "evidence" JSONB NOT NULL,
    "status" "ExceptionStatus" NOT NULL DEFAULT 'OPEN',
    "resolution" TEXT,
    "resolutionNote" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "entryId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "exception_cases_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "reconciliation_runs_bankCode_businessDay_startedAt_idx" ON "reconciliation_runs"("bankCode", "businessDay", "startedAt" DESC);

-- CreateIndex
CREATE INDEX "reconciliation_runs_startedAt_idx" ON "reconciliation_runs"("startedAt" DESC);

-- CreateIndex
CREATE INDEX "exception_cases_status_createdAt_idx" ON "exception_cases"("status", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "exception_cases_bankCode_businessDay_kind_reference_key" ON "exception_cases"("bankCode", "businessDay", "kind", "reference");

-- CreateIndex
CREATE INDEX "payments_merchantId_paidAt_idx" ON "payments"("merchantId", "paidAt");

-- AddForeignKey
ALTER TABLE "exception_cases" ADD CONSTRAINT "exception_cases_runId_fkey" FOREIGN KEY ("runId") REFERENCES "reconciliation_runs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

