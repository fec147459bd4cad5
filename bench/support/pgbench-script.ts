// The pgbench script of the ledger ceiling: the statements lib/payments/mark-succeeded.ts and
// lib/ledger/post-entry.ts run in the transaction that makes one bank-card payment succeed, with the
// same shapes (the posting statement is post-entry.ts's, word for word apart from its parameters):
// lock the payment, read the merchant's fee, update attempt and payment, lock the accounts in id
// order, insert the entry with its postings in one statement (the triggers move the balances and
// check the entry balances), and queue the notification event and its delivery job.
//
// Only the raw SQL is measured: no Prisma, no HTTP, no bank. Which payment to complete comes from a
// sequence over payments prepared for the run (support/pgbench-fixture.ts), as the gateway gets it
// from the bank's message. pgbench substitutes :name even inside string literals, hence chr(58) for
// the colons of the notification job's dedupe key, and values computed once in the \gset queries.

/**
 * "gateway": the statements in the order the gateway runs them. "notification-first": the outbox rows
 * written before the accounts are locked, so that the hot account rows (platform_fees, each bank's
 * clearing account) are held only for the posting and the commit; run to measure what that reordering
 * of lib/payments/mark-succeeded.ts would give.
 */
export type StatementOrder = "gateway" | "notification-first";

export function ledgerTransactionScript(label: string, notifyUrl: string, order: StatementOrder): string {
  const ids = `'pgb${label}_' || :n`;
  const lockAndPost = `SELECT code FROM ledger_accounts WHERE code = ANY(ARRAY['bank_clearing:' || :bank, 'merchant_pending:' || :mid, 'platform_fees']::text[]) ORDER BY id FOR UPDATE;
WITH entry AS (INSERT INTO journal_entries (id, "eventType", "eventId", description, "createdAt") VALUES (:je, 'payment.succeeded', :pid, :description, now()) ON CONFLICT ("eventType", "eventId") DO NOTHING RETURNING id) INSERT INTO postings ("entryId", "accountId", amount, "createdAt") SELECT entry.id, account.id, line.amount, now() FROM entry CROSS JOIN unnest(ARRAY['bank_clearing:' || :bank, 'merchant_pending:' || :mid, 'platform_fees']::text[], ARRAY[-(:amount::bigint), :amount::bigint - :fee::bigint, :fee::bigint]::text[]::bigint[]) WITH ORDINALITY AS line(code, amount, n) JOIN ledger_accounts account ON account.code = line.code ORDER BY line.n RETURNING "entryId";`;
  const outbox = `INSERT INTO "notification_events" ("id", "merchantId", "paymentId", "type", "payload", "notifyUrl", "status", "attemptCount", "nextAttemptAt", "createdAt", "updatedAt") VALUES (:evt, :mid, :pid, 'payment.succeeded', json_build_object('id', :evt::text, 'type', 'payment.succeeded', 'createdAt', now(), 'data', json_build_object('id', :pid::text, 'orderId', 'PGB-' || :pid::text, 'amount', :amount::bigint, 'currency', 'CNY', 'subject', 'Bench mug', 'status', 'succeeded', 'checkoutUrl', 'http://127.0.0.1:3200/pay/' || md5(:pid::text), 'method', 'bank_card', 'bank', :bank::text, 'amountRefunded', 0, 'fee', :fee::bigint, 'createdAt', now(), 'expiresAt', now(), 'paidAt', now(), 'metadata', json_build_object())), '${notifyUrl}', 'PENDING', 0, now(), now(), now());
INSERT INTO "jobs" ("id", "type", "payload", "dedupeKey", "runAt", "maxAttempts", "updatedAt") VALUES (:job, 'notify.deliver', jsonb_build_object('eventId', :evt::text), :dedupe, now(), 10, now()) ON CONFLICT ("dedupeKey") DO NOTHING;`;
  return `BEGIN;
SELECT nextval('pgb${label}_next') AS n \\gset
SELECT "id" AS pid, "merchantId" AS mid, "amount" AS amount, 'je' || "id" AS je, 'evt' || "id" AS evt, 'job' || "id" AS job, 'notify' || chr(58) || 'evt' || "id" || chr(58) || '1' AS dedupe FROM "payments" WHERE "id" = ${ids} FOR UPDATE \\gset
SELECT "id" AS aid, "bankCode" AS bank FROM "payment_attempts" WHERE "paymentId" = :pid AND "status" = 'PENDING' \\gset
SELECT "feeBps" AS feebps, "name" || ': Bench mug (order ' || :pid::text || ')' AS description FROM "merchants" WHERE "id" = :mid \\gset
\\set fee (:amount * :feebps + 5000) / 10000
UPDATE "payment_attempts" SET "status" = 'APPROVED', "bankTxnId" = 'pgbtxn' || :pid, "decidedAt" = now(), "nextQueryAt" = NULL, "updatedAt" = now() WHERE "id" = :aid;
UPDATE "payments" SET "status" = 'SUCCEEDED', "method" = 'BANK_CARD', "bankCode" = :bank, "fee" = :fee, "paidAt" = now(), "paidAttemptId" = :aid, "finalizedAt" = now(), "updatedAt" = now() WHERE "id" = :pid;
${order === "gateway" ? `${lockAndPost}\n${outbox}` : `${outbox}\n${lockAndPost}`}
COMMIT;
`;
}
