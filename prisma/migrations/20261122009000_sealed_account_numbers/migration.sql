-- Payout account numbers are kept sealed (AES-256-GCM by the application, lib/secrets/sealed-text.ts),
-- never in clear. Only development databases have rows from before this release.
ALTER TABLE "merchant_bank_accounts" RENAME COLUMN "accountNumber" TO "accountNumberSealed";
