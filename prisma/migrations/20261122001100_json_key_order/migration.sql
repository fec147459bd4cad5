-- Merchant-facing JSON keeps its key order: a payment's metadata is returned as given, and a
-- notification reads id, type, createdAt, data as in the spec. json stores the text as written; jsonb
-- would sort the keys.

-- AlterTable
ALTER TABLE "notification_events" ALTER COLUMN "payload" SET DATA TYPE JSON;

-- AlterTable
ALTER TABLE "payments" ALTER COLUMN "metadata" SET DATA TYPE JSON;

