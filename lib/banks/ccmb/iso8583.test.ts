import { describe, expect, it } from "vitest";
import { BankError } from "../errors";
import { ccmbTime, packIso, parseCcmbTime, unpackIso } from "./iso8583";

const sign = async (data: string) => Buffer.from(String(data.length)).toString("base64");

describe("CCMB ISO 8583-style codec", () => {
  it("lays out MTI, bitmap and fixed fields as the dialect says", async () => {
    const text = await packIso(
      {
        mti: "0100",
        fields: new Map([
          [3, "000000"],
          [4, "1999"],
          [39, "00"],
        ]),
      },
      sign,
    );
    // Fields 3, 4, 39 and 64: bits 3 and 4 in the first byte (0x30), bit 39 in the fifth (0x02), 64 last (0x01).
    expect(text.slice(0, 20)).toBe("01003000000002000001");
    expect(text.slice(20, 26)).toBe("000000");
    expect(text.slice(26, 38)).toBe("000000001999");
    expect(text.slice(38, 40)).toBe("00");
    expect(text.slice(40)).toBe(`004${await sign(text.slice(0, 40))}`);
  });

  it("round-trips variable fields by UTF-8 byte length, with the signed part up to field 64", async () => {
    const fields = new Map([
      [3, "200000"],
      [4, "123456789012"],
      [37, "AB12"],
      [43, "蓝杯商店 Blue Mug"],
      [48, "x".repeat(600)],
      [60, "att_1"],
      [63, "https://gw.example/notify?a=1&b=2"],
    ]);
    const text = await packIso({ mti: "0220", fields }, sign);
    expect(text).toContain("021蓝杯商店 Blue Mug"); // 4 × 3 bytes + 9 ASCII
    const { frame, signed, signature } = unpackIso(text);
    expect(frame.mti).toBe("0220");
    expect(frame.fields).toEqual(fields);
    expect(signature).toBe(await sign(signed));
    expect(text.startsWith(signed)).toBe(true);
  });

  it("refuses truncated, padded, non-numeric and oversized messages", async () => {
    const text = await packIso(
      {
        mti: "0210",
        fields: new Map([
          [3, "000000"],
          [60, "att_1"],
        ]),
      },
      sign,
    );
    for (const bad of [text.slice(0, -1), `${text}0`, text.replace("000000", "00000A"), "0210", "02103X"]) {
      expect(() => unpackIso(bad), bad).toThrow(BankError);
    }
    await expect(packIso({ mti: "0200", fields: new Map([[60, "a".repeat(65)]]) }, sign)).rejects.toThrow(
      BankError,
    );
    await expect(packIso({ mti: "0200", fields: new Map([[5, "1"]]) }, sign)).rejects.toThrow(BankError);
  });

  it("refuses a message without its signature field", () => {
    expect(() => unpackIso("02102000000000000000000000")).toThrow(/signature/);
  });

  it("writes and reads times as YYYYMMDDhhmmss in UTC", () => {
    const when = new Date("2026-11-22T08:09:10.000Z");
    expect(ccmbTime(when)).toBe("20261122080910");
    expect(parseCcmbTime("20261122080910")).toEqual(when);
    expect(Number.isNaN(parseCcmbTime("2026112208091").getTime())).toBe(true);
    expect(Number.isNaN(parseCcmbTime("20261322080910").getTime())).toBe(true);
  });
});
