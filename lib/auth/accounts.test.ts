import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { signUpWalletUser } from "./sign-up";
import { signInWithPassword } from "./sign-in";
import { verifyEmail } from "./verify-email";
import { requestPasswordReset, resetPassword } from "./reset-password";
import { MAX_FAILURES_PER_ACCOUNT_AND_CLIENT } from "./login-throttle";

/** The token inside the newest queued mail to `to` (tests read the outbox instead of SMTP). */
async function tokenFromMail(to: string, path: string): Promise<string> {
  const job = await db.job.findFirstOrThrow({
    where: { type: "mail.send", payload: { path: ["to"], equals: to } },
    orderBy: { createdAt: "desc" },
  });
  const text = (job.payload as { text: string }).text;
  const match = new RegExp(`${path}\\?token=([A-Za-z0-9_%-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in mail`);
  return decodeURIComponent(match[1]);
}

let counter = 0;
const freshEmail = () => `user${Date.now()}${counter++}@example.com`;

beforeEach(() => setClockOffset(0));
afterAll(() => setClockOffset(0));

describe("sign-up, verification and sign-in", () => {
  it("refuses sign-in until the email is verified, then accepts it", async () => {
    const email = freshEmail();
    await signUpWalletUser(db, { email, password: "long enough pw" });
    const before = await signInWithPassword(db, { email, password: "long enough pw", client: "c1" });
    expect(before).toEqual({ ok: false, reason: "email_unverified" });

    expect(await verifyEmail(db, await tokenFromMail(email, "/verify-email"))).toBe(true);
    const after = await signInWithPassword(db, {
      email: email.toUpperCase(),
      password: "long enough pw",
      client: "c1",
    });
    expect(after.ok).toBe(true);
  });

  it("stores an argon2id hash, never the password", async () => {
    const email = freshEmail();
    await signUpWalletUser(db, { email, password: "secret-password-1" });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain("secret-password-1");
  });

  it("refuses a second account for the same email, naming the field", async () => {
    const email = freshEmail();
    await signUpWalletUser(db, { email, password: "long enough pw" });
    await expect(signUpWalletUser(db, { email, password: "other password" })).rejects.toMatchObject({
      code: "conflict",
      field: "email",
    });
  });

  it("uses a verification link once", async () => {
    const email = freshEmail();
    await signUpWalletUser(db, { email, password: "long enough pw" });
    const token = await tokenFromMail(email, "/verify-email");
    const results = await Promise.all([verifyEmail(db, token), verifyEmail(db, token)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await verifyEmail(db, token)).toBe(false);
  });
});

describe("login throttling", () => {
  it("blocks one client after repeated failures without locking the owner out elsewhere, then lifts", async () => {
    const email = freshEmail();
    await signUpWalletUser(db, { email, password: "right password" });
    await verifyEmail(db, await tokenFromMail(email, "/verify-email"));

    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_CLIENT; i++) {
      const r = await signInWithPassword(db, { email, password: "wrong", client: "attacker" });
      expect(r).toEqual({ ok: false, reason: "invalid_credentials" });
    }
    const blocked = await signInWithPassword(db, { email, password: "right password", client: "attacker" });
    expect(blocked).toMatchObject({ ok: false, reason: "too_many_attempts" });
    expect(blocked.ok ? 0 : blocked.retryAfterSeconds).toBeGreaterThan(0);

    // The owner on their own device is unaffected.
    expect((await signInWithPassword(db, { email, password: "right password", client: "owner" })).ok).toBe(
      true,
    );

    // The block ends with the window (15 minutes at most).
    advanceClock(15 * 60_000 + 1000);
    expect((await signInWithPassword(db, { email, password: "right password", client: "attacker" })).ok).toBe(
      true,
    );
  });
});

describe("password reset", () => {
  it("sets a new password once and voids older sessions", async () => {
    const email = freshEmail();
    await signUpWalletUser(db, { email, password: "old password" });
    await requestPasswordReset(db, email);
    const token = await tokenFromMail(email, "/reset-password");
    const before = await db.user.findUniqueOrThrow({ where: { email } });

    advanceClock(1000);
    expect(await resetPassword(db, token, "new password!")).toBe(true);
    expect(await resetPassword(db, token, "another one!")).toBe(false);

    const after = await db.user.findUniqueOrThrow({ where: { email } });
    expect(after.sessionsValidFrom.getTime()).toBeGreaterThan(before.sessionsValidFrom.getTime());
    expect(after.emailVerifiedAt).not.toBeNull();
    expect((await signInWithPassword(db, { email, password: "old password", client: "c" })).ok).toBe(false);
    expect((await signInWithPassword(db, { email, password: "new password!", client: "c" })).ok).toBe(true);
  });

  it("does not reveal whether an account exists", async () => {
    await expect(requestPasswordReset(db, "nobody-here@example.com")).resolves.toBeUndefined();
  });

  it("refuses an expired link", async () => {
    const email = freshEmail();
    await signUpWalletUser(db, { email, password: "old password" });
    await requestPasswordReset(db, email);
    const token = await tokenFromMail(email, "/reset-password");
    advanceClock(61 * 60_000);
    expect(await resetPassword(db, token, "new password!")).toBe(false);
  });
});
