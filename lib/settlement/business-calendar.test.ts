import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { accounts, getBalance } from "@/lib/ledger";
import { createMerchant } from "@/lib/merchants/create-merchant";
import { addDays, shanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { paidPayment } from "@/lib/payments/testing";
import { businessCalendar, loadBusinessCalendar } from "./business-days";
import { listCalendarDays, removeCalendarDay, setCalendarDay } from "./calendar-days";
import { settleMerchant } from "./settle-merchant";

const ADMIN = { id: "usr_calendar_test", email: "calendar-admin@example.com" };

afterAll(async () => {
  await db.$disconnect();
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { code: error.code, field: error.field };
}

describe("the business calendar", () => {
  // National Day 2099: Thursday 1 to Wednesday 7 October, with Saturday 26 September worked.
  const calendar = businessCalendar(
    new Map([
      ["2099-09-26", true],
      ...["2099-10-01", "2099-10-02", "2099-10-05", "2099-10-06", "2099-10-07"].map(
        (d) => [d, false] as const,
      ),
    ]),
  );

  it("skips holidays and counts make-up working days", () => {
    expect(calendar.isBusinessDay("2099-10-01")).toBe(false);
    expect(calendar.isBusinessDay("2099-09-26")).toBe(true);
    expect(calendar.isBusinessDay("2099-09-27")).toBe(false);
    expect(calendar.isBusinessDay("2099-10-08")).toBe(true);
    // T+1 on the first working day after the holiday reaches back to the last one before it.
    expect(calendar.businessDaysBefore("2099-10-08", 1)).toBe("2099-09-30");
    expect(calendar.businessDaysBefore("2099-09-28", 1)).toBe("2099-09-26");
  });

  it("settles nothing on a holiday and settles on a make-up working day", async () => {
    const merchant = await createMerchant(db, {
      name: "Calendar Shop",
      email: "calendar@example.com",
      siteUrl: "https://calendar.example",
      status: "ACTIVE",
    });
    const payment = await paidPayment(merchant.id, { amount: 10_000n });
    const tomorrow = addDays(shanghaiDay(now()), 1);
    const holiday = businessCalendar(new Map([[tomorrow, false]]));
    expect(
      await settleMerchant(db, { merchantId: merchant.id, day: tomorrow, calendar: holiday }),
    ).toBeNull();
    const worked = businessCalendar(new Map([[tomorrow, true]]));
    expect(
      await settleMerchant(db, { merchantId: merchant.id, day: tomorrow, calendar: worked }),
    ).toMatchObject({
      paymentCount: 1,
    });
    expect(await getBalance(db, accounts.merchantAvailable(merchant.id))).toBe(payment.amount - payment.fee);
  });

  it("is kept by admins: checked, audited, and read back by settlement", async () => {
    expect(
      await refusal(setCalendarDay(db, ADMIN, { day: "2099-10-03", kind: "HOLIDAY", name: "x" })),
    ).toEqual({
      code: "invalid_request",
      field: "day",
    });
    expect(
      await refusal(setCalendarDay(db, ADMIN, { day: "2099-10-01", kind: "WORKDAY", name: "x" })),
    ).toEqual({
      code: "invalid_request",
      field: "day",
    });
    expect(
      await refusal(setCalendarDay(db, ADMIN, { day: "2020-10-01", kind: "HOLIDAY", name: "x" })),
    ).toEqual({
      code: "invalid_request",
      field: "day",
    });
    expect(
      await refusal(setCalendarDay(db, ADMIN, { day: "2099-10-01", kind: "HOLIDAY", name: " " })),
    ).toEqual({
      code: "invalid_request",
      field: "name",
    });
    expect(await db.businessCalendarDay.count({ where: { day: { startsWith: "2099-" } } })).toBe(0);

    await setCalendarDay(db, ADMIN, { day: "2099-10-01", kind: "HOLIDAY", name: "National Day" });
    await setCalendarDay(db, ADMIN, { day: "2099-09-26", kind: "WORKDAY", name: "National Day (make-up)" });
    const loaded = await loadBusinessCalendar(db, "2099-10-02");
    expect([loaded.isBusinessDay("2099-10-01"), loaded.isBusinessDay("2099-09-26")]).toEqual([false, true]);
    expect((await listCalendarDays(db)).map((d) => d.day)).toEqual(
      expect.arrayContaining(["2099-09-26", "2099-10-01"]),
    );
    expect(
      await db.auditLog.count({
        where: { targetType: "calendar_day", targetId: { in: ["2099-10-01", "2099-09-26"] } },
      }),
    ).toBe(2);

    await removeCalendarDay(db, ADMIN, "2099-10-01");
    expect((await loadBusinessCalendar(db, "2099-10-02")).isBusinessDay("2099-10-01")).toBe(true);
    expect(await refusal(removeCalendarDay(db, ADMIN, "2099-10-01"))).toEqual({
      code: "not_found",
      field: "day",
    });
  });
});
