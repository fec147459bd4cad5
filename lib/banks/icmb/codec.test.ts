import { describe, expect, it } from "vitest";
import { BankError } from "../errors";
import { encodeIcmb, readIcmb, splitIcmb, type IcmbDocument } from "./codec";

const sign = async (data: string) => Buffer.from(data.slice(0, 12)).toString("base64");

const document: IcmbDocument = {
  root: "Notify",
  head: { TxCode: "PAYRESULT", MsgId: "m-1", SendTime: "2026-11-22T08:00:00.000Z" },
  body: { OrderId: "att_1", Amount: "001999", CurType: "001", MerName: `蓝杯 & "Co" <shop>'s`, ErrCode: "" },
};

describe("ICMB XML codec", () => {
  it("round-trips text exactly, including markup characters, Chinese and leading zeros", async () => {
    const xml = await encodeIcmb(document, sign);
    const { root, signed, signature } = splitIcmb(xml);
    expect(root).toBe("Notify");
    expect(signature).toBe(await sign(signed));
    expect(signed.startsWith("<Head>") && signed.endsWith("</Body>")).toBe(true);
    expect(readIcmb(root, signed)).toEqual(document);
  });

  it("signs exactly the text from <Head> to </Body>", async () => {
    let seen = "";
    const xml = await encodeIcmb(document, async (data) => ((seen = data), "c2ln"));
    expect(xml).toContain(`${seen}<Signature>c2ln</Signature></Notify>`);
  });

  it("refuses documents of the wrong shape", () => {
    const bad = [
      "",
      "<Notify><Head></Head><Body></Body></Notify>", // no signature
      "<Other><Head></Head><Body></Body><Signature>c2ln</Signature></Other>",
      "<Notify><Head></Head><Body></Body><Signature>c2ln</Signature></Request>",
      "<Notify><Head></Head><Body></Body><Signature>c2ln</Signature></Notify><Notify>",
    ];
    for (const xml of bad) expect(() => splitIcmb(xml), xml).toThrow(BankError);
  });

  it("refuses declarations and entity tricks inside the signed part", () => {
    const xml =
      '<Notify><Head><!DOCTYPE x [<!ENTITY a "b">]></Head><Body></Body><Signature>c2ln</Signature></Notify>';
    expect(() => splitIcmb(xml)).toThrow(/declarations/);
  });

  it("refuses repeated and nested elements after parsing", () => {
    expect(() => readIcmb("Notify", "<Head><A>1</A><A>2</A></Head><Body></Body>")).toThrow(BankError);
    expect(() => readIcmb("Notify", "<Head><A><B>1</B></A></Head><Body></Body>")).toThrow(BankError);
    expect(() => readIcmb("Notify", "<Head></Head>")).toThrow(BankError);
    expect(() => readIcmb("Notify", "<Head><A>1</Head><Body></Body>")).toThrow(BankError);
  });
});
