-- Ledger invariants enforced by the database itself, whatever code writes to it.
-- (Statement-level triggers rather than deferred constraint triggers: Prisma's schema engine cannot
-- introspect constraint triggers, and the CI drift check introspects.)

-- 1. An account's balance never goes below zero unless the account is explicitly allowed to
--    (external clearing accounts). Balances are updated under row locks, so this holds under any
--    concurrency.
ALTER TABLE "ledger_accounts"
  ADD CONSTRAINT "ledger_accounts_balance_non_negative" CHECK ("allowNegative" OR "balance" >= 0);

-- 2. Postings carry a non-zero amount.
ALTER TABLE "postings" ADD CONSTRAINT "postings_amount_non_zero" CHECK ("amount" <> 0);

-- 3. An entry and its postings are written by one statement, and when it ends every entry it touched
--    has at least two postings summing to zero.
CREATE FUNCTION ledger_assert_balanced(entry_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  bad record;
BEGIN
  SELECT e.id, COUNT(p.id) AS n, COALESCE(SUM(p."amount"), 0) AS total
    INTO bad
    FROM unnest(entry_ids) AS e(id)
    LEFT JOIN "postings" p ON p."entryId" = e.id
   GROUP BY e.id
  HAVING COUNT(p.id) < 2 OR COALESCE(SUM(p."amount"), 0) <> 0
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'journal entry % is unbalanced (% postings, sum %)', bad.id, bad.n, bad.total
      USING ERRCODE = '23514';
  END IF;
END $$;

CREATE FUNCTION ledger_check_new_entries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ledger_assert_balanced(ARRAY(SELECT "id" FROM new_entries));
  RETURN NULL;
END $$;

CREATE TRIGGER "journal_entries_balanced"
  AFTER INSERT ON "journal_entries"
  REFERENCING NEW TABLE AS new_entries
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_check_new_entries();

-- 4. Postings move balances: the accounts are locked in id order (so concurrent postings cannot
--    deadlock), then each gets the net of the statement's postings in its normal direction.
CREATE FUNCTION ledger_apply_postings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "ledger_accounts"
   WHERE "id" IN (SELECT DISTINCT "accountId" FROM new_postings)
   ORDER BY "id" FOR UPDATE;
  UPDATE "ledger_accounts" a
     SET "balance" = a."balance" + CASE WHEN a."normalSide" = 'CREDIT' THEN d.net ELSE -d.net END
    FROM (SELECT "accountId", SUM("amount") AS net FROM new_postings GROUP BY "accountId") d
   WHERE a."id" = d."accountId" AND d.net <> 0;
  PERFORM ledger_assert_balanced(ARRAY(SELECT DISTINCT "entryId" FROM new_postings));
  RETURN NULL;
END $$;

CREATE TRIGGER "postings_apply_balances"
  AFTER INSERT ON "postings"
  REFERENCING NEW TABLE AS new_postings
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_apply_postings();

-- 5. The ledger is append-only: corrections are new entries, never edits.
CREATE FUNCTION ledger_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the ledger is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
    USING ERRCODE = '42501';
END $$;

CREATE TRIGGER "postings_append_only"
  BEFORE UPDATE OR DELETE ON "postings"
  FOR EACH ROW EXECUTE FUNCTION ledger_forbid_change();

CREATE TRIGGER "journal_entries_append_only"
  BEFORE UPDATE OR DELETE ON "journal_entries"
  FOR EACH ROW EXECUTE FUNCTION ledger_forbid_change();

CREATE TRIGGER "postings_no_truncate"
  BEFORE TRUNCATE ON "postings"
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_forbid_change();

CREATE TRIGGER "journal_entries_no_truncate"
  BEFORE TRUNCATE ON "journal_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_forbid_change();

-- 6. Balances change only through postings: accounts open at zero, and only the posting trigger
--    (one trigger level down) may move them.
CREATE FUNCTION ledger_guard_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW."balance" <> 0 THEN
      RAISE EXCEPTION 'ledger accounts open with a zero balance' USING ERRCODE = '42501';
    END IF;
  ELSIF NEW."balance" IS DISTINCT FROM OLD."balance" AND pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION 'ledger account balances change only through postings' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "ledger_accounts_balance_guard"
  BEFORE INSERT OR UPDATE ON "ledger_accounts"
  FOR EACH ROW EXECUTE FUNCTION ledger_guard_balance();
