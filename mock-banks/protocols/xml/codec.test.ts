import { describe, expect, it } from "vitest";
import { ProtocolError } from "../types";
import { decodeXml, encodeXml, type XmlMessage } from "./codec";

const sign = (data: string) => Buffer.from(String(data.length)).toString("base64");

describe("ICMB XML codec (bank side)", () => {
  const message: XmlMessage = {
    root: "Request",
    head: { TxCode: "PAY", MsgId: "1" },
    body: { OrderId: "att_1", Amount: "0100", GoodsName: `杯子 <b>&amp;</b> "x" 'y'`, Empty: "" },
  };

  it("round-trips and signs exactly the text from <Head> to </Body>", () => {
    const xml = encodeXml(message, sign);
    const decoded = decodeXml(xml);
    expect(decoded.message).toEqual(message);
    expect(decoded.signature).toBe(sign(decoded.signed));
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><Request><Head>/);
  });

  it("reads numeric character references the gateway may send", () => {
    const xml = `<Notify><Head><A>&#20013;&#x6587;</A></Head><Body></Body><Signature>c2ln</Signature></Notify>`;
    expect(decodeXml(xml).message.head.A).toBe("中文");
  });

  it("refuses anything but flat text elements", () => {
    const wrap = (inner: string) => `<Request>${inner}<Signature>c2ln</Signature></Request>`;
    const bad = [
      wrap("<Head><A><B>1</B></A></Head><Body></Body>"),
      wrap("<Head><A>1</A><A>2</A></Head><Body></Body>"),
      wrap("<Head><!-- x --></Head><Body></Body>"),
      wrap("<Head><A>&unknown;</A></Head><Body></Body>"),
      wrap("<Head><A>a & b</A></Head><Body></Body>"),
      wrap("<Head><A>&#0;</A></Head><Body></Body>"),
      "<Request><Head></Head><Body></Body></Request>",
      "not xml",
    ];
    for (const xml of bad) expect(() => decodeXml(xml), xml).toThrow(ProtocolError);
  });
});
