import { expect } from "@playwright/test";
import { E2E } from "./ports";

type CaughtMail = { subject: string; text?: string; to: { address: string }[] };

/** Waits for the newest message to `address` in the mail catcher and returns it. */
export async function waitForMail(address: string, subjectPattern: RegExp): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`http://127.0.0.1:${E2E.mailWebPort}/api/email`);
        const mails = (await response.json()) as CaughtMail[];
        found = mails
          .filter((m) => m.to.some((to) => to.address.toLowerCase() === address.toLowerCase()))
          .filter((m) => subjectPattern.test(m.subject))
          .at(-1);
        return Boolean(found);
      },
      { timeout: 20_000, message: `mail to ${address} matching ${subjectPattern}` },
    )
    .toBe(true);
  if (!found) throw new Error("unreachable: poll passed without a mail");
  return found;
}

/** The first link in a message's text part that starts with `prefix`. */
export function linkIn(mail: CaughtMail, prefix: string): string {
  const match = mail.text?.match(/https?:\/\/\S+/g)?.find((url) => url.startsWith(prefix));
  if (!match) throw new Error(`no link starting with ${prefix} in "${mail.subject}"`);
  return match;
}
