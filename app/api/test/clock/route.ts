import { z } from "zod";
import { env } from "@/lib/env";
import { clockOffset, setClockOffset } from "@/lib/clock";
import { kickWorker } from "@/lib/jobs/process-worker";

const body = z.strictObject({
  offsetMs: z
    .int()
    .min(0)
    .max(400 * 24 * 60 * 60_000),
});

// End-to-end tests only (PAYLANE_TEST_CLOCK=on): sets how far ahead of real time the app's clock runs,
// then wakes the job worker so that what became due runs now. Anywhere else it does not exist.
export async function POST(request: Request): Promise<Response> {
  if (!env.PAYLANE_TEST_CLOCK) return new Response("Not found", { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return Response.json({ error: "offsetMs: a whole number of ms, 0 to 400 days" }, { status: 400 });
  setClockOffset(parsed.data.offsetMs);
  kickWorker();
  return Response.json({ offsetMs: clockOffset() });
}
