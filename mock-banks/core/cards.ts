import { createHash, timingSafeEqual } from "node:crypto";

/** How a test card behaves, as the spec's "Test mode" table says. */
export type CardBehaviour = "normal" | "insufficient_funds" | "lost_messages" | "slow";

export interface Card {
  id: string;
  number: string;
  holder: string;
  openingBalance: bigint;
  behaviour: CardBehaviour;
}

const TEST_PASSWORD = "123456";
const GENEROUS = 1_000_000_000n; // ¥10,000,000.00

// Every mock bank issues the same published test cards (the spec lists them), each bank its own copies.
export const TEST_CARDS: readonly Card[] = [
  {
    id: "card_1",
    number: "6222020000000001",
    holder: "Test Approved",
    openingBalance: GENEROUS,
    behaviour: "normal",
  },
  {
    id: "card_2",
    number: "6222020000000002",
    holder: "Test Poor",
    openingBalance: 0n,
    behaviour: "insufficient_funds",
  },
  {
    id: "card_3",
    number: "6222020000000003",
    holder: "Test Lost",
    openingBalance: GENEROUS,
    behaviour: "lost_messages",
  },
  {
    id: "card_4",
    number: "6222020000000004",
    holder: "Test Slow",
    openingBalance: GENEROUS,
    behaviour: "slow",
  },
];

export function findCard(number: string): Card | undefined {
  const digits = number.replace(/[\s-]/g, "");
  return TEST_CARDS.find((card) => card.number === digits);
}

export function findCardById(id: string): Card | undefined {
  return TEST_CARDS.find((card) => card.id === id);
}

/** Constant-time, so response timing does not tell a guesser how much of the password was right. */
export function passwordMatches(_card: Card, password: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(password), digest(TEST_PASSWORD));
}
