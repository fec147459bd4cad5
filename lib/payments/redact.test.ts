import { describe, expect, it } from "vitest";
import { maskCardNumber, redactSecrets } from "./redact";

describe("redactSecrets", () => {
  it("masks card numbers, grouped or not, keeping the first six and last four digits", () => {
    expect(redactSecrets("card=6222020000000001&x=1")).toBe("card=622202******0001&x=1");
    expect(redactSecrets("<Card>6222 0200 0000 0002</Card>")).toBe("<Card>622202******0002</Card>");
  });

  it("removes passwords and PINs in JSON, XML and form encodings", () => {
    expect(redactSecrets('{"password":"123456","amount":1999}')).toBe('{"password":"***","amount":1999}');
    expect(redactSecrets("<Pin>654321</Pin><Amount>1999</Amount>")).toBe(
      "<Pin>***</Pin><Amount>1999</Amount>",
    );
    expect(redactSecrets("amount=1999&pwd=123456&ok=1")).toBe("amount=1999&pwd=***&ok=1");
  });

  it("leaves ordinary amounts, times and short ids alone", () => {
    const text = '{"amount":1999,"time":"20261122080000","txn":"T12345"}';
    expect(redactSecrets(text)).toBe(text);
  });

  it("masks short numbers entirely", () => {
    expect(maskCardNumber("1234")).toBe("****");
  });
});
