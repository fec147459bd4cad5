-- Postings' foreign-key checks take KEY SHARE locks on their accounts, which conflict with FOR UPDATE:
-- two opposite transfers (A→B, B→A) deadlocked in the balance trigger. FOR NO KEY UPDATE is what the
-- balance UPDATE needs anyway and does not conflict with KEY SHARE.
CREATE OR REPLACE FUNCTION ledger_apply_postings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "ledger_accounts"
   WHERE "id" IN (SELECT DISTINCT "accountId" FROM new_postings)
   ORDER BY "id" FOR NO KEY UPDATE;
  UPDATE "ledger_accounts" a
     SET "balance" = a."balance" + CASE WHEN a."normalSide" = 'CREDIT' THEN d.net ELSE -d.net END
    FROM (SELECT "accountId", SUM("amount") AS net FROM new_postings GROUP BY "accountId") d
   WHERE a."id" = d."accountId" AND d.net <> 0;
  PERFORM ledger_assert_balanced(ARRAY(SELECT DISTINCT "entryId" FROM new_postings));
  RETURN NULL;
END $$;
