import { randomInt } from "node:crypto";

// The rules of sending wallet money to an email address (issue: email wallets). The send form, the
// use cases and their tests read them from here.

/** Most a wallet may send in one Shanghai calendar day, in fen (¥50,000.00). */
export const DAILY_SEND_LIMIT = 5_000_000n;
/** Sends above this (¥1,000.00) ask for the sender's password again. */
export const PASSWORD_RECHECK_ABOVE = 100_000n;
/** An unclaimed transfer goes back to the sender after this long. */
export const CLAIM_WINDOW_MS = 30 * 24 * 60 * 60_000;
export const NOTE_MAX_CHARS = 100;
/** An address money can be sent to (the form and the use case check the same). */
export const RECIPIENT_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Letters and digits people do not confuse (no 0/O, 1/I/L). */
const PAIRING_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const PAIRING_CODE_LENGTH = 6;

/** A short code shown to both sides of a transfer ("K7Q-M4X"): a phishing mail cannot know it. */
export function newPairingCode(): string {
  let code = "";
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)];
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}
