import { packIso, unpackIso } from "../ccmb/iso8583";
import { encodeIcmb, readIcmb, splitIcmb } from "../icmb/codec";
import { signMcmb } from "../mcmb/form";
import type { PlatformSigner } from "../types";

// What an attacker can do with a captured bank message: change a value and keep the signature, or sign
// it again with a key that is not the bank's. Each bank's wire format needs its own knife.

/** Lowers the amount of a captured payment result to 1 fen, leaving the signature as it was. */
export function tamperAmount(code: string, raw: string): string {
  switch (code) {
    case "icmb":
      return raw.replace(/<Amount>\d+<\/Amount>/, "<Amount>1</Amount>");
    case "ccmb":
      // MTI(4) + bitmap(16) + field 3 (6) puts field 4 (n12) at offset 26 in a payment message.
      return `${raw.slice(0, 26)}000000000001${raw.slice(38)}`;
    case "mcmb":
      return raw.replace(/total_amount=[\d.]+/, "total_amount=0.01");
    default:
      throw new Error(`no tamper rule for ${code}`);
  }
}

/** Signs a captured message's content again with another key (a forger's, or another bank's). */
export async function resign(code: string, raw: string, signer: PlatformSigner): Promise<string> {
  const sign = async (data: string) => signer.sign(data);
  switch (code) {
    case "icmb": {
      const { root, signed } = splitIcmb(raw);
      return encodeIcmb(readIcmb(root, signed), sign);
    }
    case "ccmb":
      return packIso(unpackIso(raw).frame, sign);
    case "mcmb": {
      const params = Object.fromEntries(new URLSearchParams(raw));
      delete params.sign;
      delete params.sign_type;
      return (await signMcmb(params, sign)).toString();
    }
    default:
      throw new Error(`no signing rule for ${code}`);
  }
}

/** The message text inside the parameters of a shopper's return. */
export function returnToRaw(code: string, params: Record<string, string>): string {
  if (code === "icmb") return Buffer.from(params.notifyData ?? "", "base64").toString("utf8");
  if (code === "ccmb") return Buffer.from(params.msg ?? "", "base64url").toString("utf8");
  return new URLSearchParams(params).toString();
}

export function rawToReturn(code: string, raw: string): Record<string, string> {
  if (code === "icmb") return { notifyData: Buffer.from(raw, "utf8").toString("base64") };
  if (code === "ccmb") return { msg: Buffer.from(raw, "utf8").toString("base64url") };
  return Object.fromEntries(new URLSearchParams(raw));
}

/** Changes one character inside the signature itself, leaving the signed content alone. */
export function damageSignature(code: string, raw: string): string {
  const flip = (c: string) => (c === "A" ? "B" : "A");
  switch (code) {
    case "icmb":
      return raw.replace(/<Signature>(.)/, (_, c: string) => `<Signature>${flip(c)}`);
    case "ccmb": {
      // Field 64 comes last: "344" then the 344 base64 characters of an RSA-2048 signature.
      if (raw.slice(-347, -344) !== "344") throw new Error("unexpected signature length");
      const at = raw.length - 344;
      return `${raw.slice(0, at)}${flip(raw.charAt(at))}${raw.slice(at + 1)}`;
    }
    case "mcmb": {
      const params = new URLSearchParams(raw);
      const sign = params.get("sign") ?? "";
      params.set("sign", `${flip(sign.charAt(0))}${sign.slice(1)}`);
      return params.toString();
    }
    default:
      throw new Error(`no signature rule for ${code}`);
  }
}
