import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { luhnValid, parseCardInput, type CardInput } from "./card-input";

const AT = new Date("2026-11-22T08:00:00.000Z");
const VALID: CardInput = {
  number: "4242 4242 4242 4242",
  expMonth: "11",
  expYear: "2026",
  cvc: "123",
  name: "Ada Lovelace",
};

describe("parseCardInput", () => {
  it("accepts a valid card, grouped or not, and keeps the number out of every printed form", () => {
    const parsed = parseCardInput(VALID, AT);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const card = parsed.card;
    expect(card.last4).toBe("4242");
    expect(card.revealToAcquirer()).toEqual({
      number: "4242424242424242",
      expMonth: 11,
      expYear: 2026,
      cvc: "123",
      name: "Ada Lovelace",
    });
    for (const shown of [JSON.stringify(card), inspect(card), `${card}`, JSON.stringify({ card })]) {
      expect(shown).not.toContain("4242424242424242");
      expect(shown).not.toContain("123");
    }
  });

  it("checks the Luhn digit", () => {
    expect(luhnValid("4242424242424242")).toBe(true);
    expect(luhnValid("4242424242424241")).toBe(false);
    expect(luhnValid("371449635398431")).toBe(true);
    expect(parseCardInput({ ...VALID, number: "4242 4242 4242 4241" }, AT)).toEqual({
      ok: false,
      fieldErrors: { number: "card_number_invalid" },
    });
    expect(parseCardInput({ ...VALID, number: "4242-abcd" }, AT)).toMatchObject({
      fieldErrors: { number: "card_number_invalid" },
    });
  });

  it("accepts a card through its expiry month and refuses it after", () => {
    expect(parseCardInput({ ...VALID, expMonth: "11", expYear: "26" }, AT).ok).toBe(true);
    expect(parseCardInput({ ...VALID, expMonth: "10", expYear: "2026" }, AT)).toEqual({
      ok: false,
      fieldErrors: { expYear: "card_expired" },
    });
    expect(parseCardInput({ ...VALID, expMonth: "13" }, AT)).toMatchObject({
      fieldErrors: { expMonth: "card_expiry_month_invalid" },
    });
    expect(parseCardInput({ ...VALID, expYear: "2099" }, AT)).toMatchObject({
      fieldErrors: { expYear: "card_expiry_year_invalid" },
    });
  });

  it("wants a 3–4 digit CVC and the name, and names every missing field", () => {
    expect(parseCardInput({ ...VALID, cvc: "12" }, AT)).toMatchObject({
      fieldErrors: { cvc: "card_cvc_invalid" },
    });
    expect(parseCardInput({ ...VALID, cvc: "1234" }, AT).ok).toBe(true);
    expect(parseCardInput({ number: "", expMonth: "", expYear: "", cvc: "", name: " " }, AT)).toEqual({
      ok: false,
      fieldErrors: {
        number: "required",
        expMonth: "required",
        expYear: "required",
        cvc: "required",
        name: "required",
      },
    });
  });

  it("never puts what was typed into its errors", () => {
    const parsed = parseCardInput({ ...VALID, number: "4242 4242 4242 4241", cvc: "98" }, AT);
    expect(JSON.stringify(parsed)).not.toMatch(/4242|98/);
  });
});
