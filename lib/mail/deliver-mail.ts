import { z } from "zod";
import { env } from "@/lib/env";
import { mailTransport } from "./transport";

export const MAIL_JOB = "mail.send";

export const mailSchema = z.object({
  to: z.string().email(),
  subject: z.string().min(1),
  text: z.string(),
  html: z.string(),
});

export type Mail = z.infer<typeof mailSchema>;

/** Job handler: sends one queued message over SMTP (retried by the queue on failure). */
export async function deliverMail(payload: unknown): Promise<void> {
  const mail = mailSchema.parse(payload);
  await mailTransport().sendMail({ from: env.MAIL_FROM, ...mail });
}
