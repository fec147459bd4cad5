"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { text } from "@/lib/forms/action-state";
import { removeCalendarDay, setCalendarDay } from "@/lib/settlement/calendar-days";

const PATH = "/admin/calendar";

async function run(work: () => Promise<unknown>, done: string): Promise<never> {
  let notice = done;
  try {
    await work();
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.field ? `${error.code}_${error.field}` : error.code;
  }
  revalidatePath(PATH);
  redirect(`${PATH}?notice=${notice}`);
}

export async function setCalendarDayAction(form: FormData): Promise<void> {
  const admin = await requireUser(["ADMIN"], PATH);
  await run(
    () =>
      setCalendarDay(db, admin, {
        day: text(form, "day"),
        kind: text(form, "kind") === "WORKDAY" ? "WORKDAY" : "HOLIDAY",
        name: text(form, "name"),
      }),
    "saved",
  );
}

export async function removeCalendarDayAction(form: FormData): Promise<void> {
  const admin = await requireUser(["ADMIN"], PATH);
  await run(() => removeCalendarDay(db, admin, text(form, "day")), "removed");
}
