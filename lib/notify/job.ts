import { z } from "zod";

/** The job that delivers one notification event (see deliver-notification.ts). */
export const NOTIFY_JOB = "notify.deliver";

export const notifyJobPayload = z.object({
  eventId: z.string().min(1),
  trigger: z.enum(["schedule", "resend"]).default("schedule"),
});

export type NotifyJobPayload = z.infer<typeof notifyJobPayload>;

/** One scheduled job per attempt number: a retry scheduled twice (a race, a replay) runs once. */
export function notifyJobKey(eventId: string, attemptNo: number): string {
  return `notify:${eventId}:${attemptNo}`;
}
