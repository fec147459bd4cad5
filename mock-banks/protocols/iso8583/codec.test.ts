import { describe, expect, it } from "vitest";
import { ProtocolError } from "../types";
import { decodeIso, encodeIso } from "./codec";
import { parseIsoTime } from "./messages";

const sign = (data: string) => Buffer.from(data.slice(-8)).toString("base64");

describe("CCMB ISO 8583-style codec (bank side)", () => {
  it("round-trips fixed and variable fields; lengths count UTF-8 bytes", () => {
    const fields = new Map([
      [2, "6222020000000001"],
      [3, "400000"],
      [4, "12345"],
      [37, "R1"],
      [43, "张三"],
      [61, "po_1"],
    ]);
    const text = encodeIso({ mti: "0200", fields }, sign);
    expect(text).toContain("006张三");
    expect(text).toContain("000000012345");
    expect(text).toContain("R1          ");
    const decoded = decodeIso(text);
    expect(decoded.message.mti).toBe("0200");
    expect(decoded.message.fields).toEqual(new Map([...fields, [4, "000000012345"]]));
    expect(decoded.signature).toBe(sign(decoded.signed));
  });

  it("sets bit 64 and signs every byte before field 64", () => {
    const text = encodeIso({ mti: "0110", fields: new Map([[39, "25"]]) }, sign);
    expect(text.slice(4, 20)).toBe("0000000002000001");
    const { signed } = decodeIso(text);
    expect(signed).toBe(text.slice(0, 22));
  });

  it("refuses malformed messages", () => {
    const good = encodeIso({ mti: "0100", fields: new Map([[60, "att_1"]]) }, sign);
    const bad = [
      good.slice(0, -2),
      `${good}x`,
      "0100",
      "01008000000000000000",
      good.replace("05att_1", "99att_1"),
    ];
    for (const text of bad) expect(() => decodeIso(text), text).toThrow(ProtocolError);
    expect(() => encodeIso({ mti: "0100", fields: new Map([[4, "12a"]]) }, sign)).toThrow();
  });

  it("reads UTC times strictly", () => {
    expect(parseIsoTime("20260102030405")).toEqual(new Date("2026-01-02T03:04:05Z"));
    expect(Number.isNaN(parseIsoTime("2026010203040").getTime())).toBe(true);
  });
});
