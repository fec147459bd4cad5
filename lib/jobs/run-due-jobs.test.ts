import { randomBytes } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { now, setClockOffset } from "@/lib/clock";
import { requeueExpiredJobs } from "./claim";
import { enqueueJob } from "./enqueue";
import { registerJobHandler } from "./registry";
import { runDueJobs } from "./run-due-jobs";

// Job types of this file only, so that jobs other test files left in the shared database stay put.
const run = randomBytes(4).toString("hex");
const OK_JOB = `test.ok.${run}`;
const FAILING_JOB = `test.failing.${run}`;
const ran: string[] = [];
registerJobHandler(OK_JOB, async (payload) => {
  ran.push(String(Reflect.get(Object(payload), "n")));
});
registerJobHandler(FAILING_JOB, async () => {
  throw new Error("the merchant's server is down");
});

afterEach(() => {
  setClockOffset(0);
  ran.length = 0;
});

afterAll(async () => {
  await db.$disconnect();
});

async function job(key: string) {
  return db.job.findUniqueOrThrow({ where: { dedupeKey: key } });
}

describe("the job queue", () => {
  it("runs due jobs oldest first, marks them done, and leaves jobs not yet due", async () => {
    const at = now().getTime();
    await db.$transaction(async (tx) => {
      await enqueueJob(tx, {
        type: OK_JOB,
        payload: { n: "second" },
        dedupeKey: `${run}-b`,
        runAt: new Date(at - 1000),
      });
      await enqueueJob(tx, {
        type: OK_JOB,
        payload: { n: "first" },
        dedupeKey: `${run}-a`,
        runAt: new Date(at - 2000),
      });
      await enqueueJob(tx, {
        type: OK_JOB,
        payload: { n: "later" },
        dedupeKey: `${run}-c`,
        runAt: new Date(at + 3_600_000),
      });
    });
    expect(await runDueJobs(db, 1)).toBe(1);
    expect(ran).toEqual(["first"]);
    expect(await runDueJobs(db, 10)).toBe(1);
    expect(ran).toEqual(["first", "second"]);
    expect(await runDueJobs(db, 10)).toBe(0);
    expect((await job(`${run}-a`)).status).toBe("DONE");
    expect((await job(`${run}-b`)).status).toBe("DONE");
    expect((await job(`${run}-c`)).status).toBe("QUEUED");
  });

  it("puts a failed job back with a backoff, keeping the error", async () => {
    await db.$transaction((tx) =>
      enqueueJob(tx, { type: FAILING_JOB, payload: {}, dedupeKey: `${run}-f`, maxAttempts: 2 }),
    );
    expect(await runDueJobs(db)).toBe(1);
    const failed = await job(`${run}-f`);
    expect(failed).toMatchObject({
      status: "QUEUED",
      attempts: 1,
      lastError: "the merchant's server is down",
    });
    expect(failed.runAt.getTime()).toBeGreaterThan(now().getTime());
    setClockOffset(60_000);
    expect(await runDueJobs(db)).toBe(1);
    expect(await job(`${run}-f`)).toMatchObject({ status: "FAILED", attempts: 2 });
  });

  it("hands a job whose worker died back to the queue once its lease has passed", async () => {
    await db.$transaction((tx) =>
      enqueueJob(tx, { type: OK_JOB, payload: { n: "orphan" }, dedupeKey: `${run}-o` }),
    );
    const orphan = await job(`${run}-o`);
    // A worker claimed it and died: RUNNING, leased for another 60 s.
    await db.job.update({
      where: { id: orphan.id },
      data: { status: "RUNNING", attempts: 1, lockedUntil: new Date(now().getTime() + 60_000) },
    });
    await requeueExpiredJobs(db);
    expect((await job(`${run}-o`)).status).toBe("RUNNING");
    expect(await runDueJobs(db)).toBe(0);
    setClockOffset(61_000);
    expect(await runDueJobs(db)).toBe(0); // the claim takes queued jobs only
    expect(await requeueExpiredJobs(db)).toBeGreaterThanOrEqual(1);
    expect(await runDueJobs(db)).toBe(1);
    expect(ran).toEqual(["orphan"]);
    expect(await job(`${run}-o`)).toMatchObject({ status: "DONE", attempts: 2, lockedUntil: null });
  });
});
