import { describe, expect, it } from "vitest";
import { checkPublicUrl, isForbiddenAddress, ssrfGuardEnabled, type Resolver } from "./ssrf-guard";

describe("isForbiddenAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.255.254",
    "10.0.0.1",
    "10.255.255.255",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "0.0.0.0",
    "100.64.0.1",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "febf::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.1.2.3",
    "64:ff9b::a9fe:a9fe",
    "not-an-ip",
  ])("refuses %s", (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each([
    "93.184.216.34",
    "8.8.8.8",
    "172.32.0.1",
    "172.15.255.255",
    "192.169.0.1",
    "2606:4700::1111",
    "::ffff:8.8.8.8",
  ])("allows the public address %s", (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });
});

const resolving =
  (...addresses: string[]): Resolver =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

describe("checkPublicUrl", () => {
  it("accepts a host whose every address is public, and returns them to connect to", async () => {
    const check = await checkPublicUrl(
      "https://shop.example/notify",
      resolving("93.184.216.34", "2606:4700::1111"),
    );
    expect(check).toEqual({
      ok: true,
      addresses: [
        { address: "93.184.216.34", family: 4 },
        { address: "2606:4700::1111", family: 6 },
      ],
    });
  });

  it("refuses a host with any private address among its answers", async () => {
    expect((await checkPublicUrl("https://shop.example/", resolving("93.184.216.34", "10.0.0.5"))).ok).toBe(
      false,
    );
  });

  it("refuses private IP literals without resolving, v4 and v6", async () => {
    const never: Resolver = () => Promise.reject(new Error("must not resolve"));
    for (const url of [
      "http://127.0.0.1:8080/n",
      "http://[::1]/n",
      "http://[fe80::1]/n",
      "http://169.254.169.254/latest",
      "http://0.0.0.0/",
    ]) {
      expect((await checkPublicUrl(url, never)).ok, url).toBe(false);
    }
    expect((await checkPublicUrl("http://93.184.216.34/n", never)).ok).toBe(true);
  });

  it("refuses localhost names and names that do not resolve", async () => {
    expect((await checkPublicUrl("http://localhost:3000/", resolving("93.184.216.34"))).ok).toBe(false);
    expect((await checkPublicUrl("http://api.localhost/", resolving("93.184.216.34"))).ok).toBe(false);
    const failing: Resolver = () => Promise.reject(new Error("ENOTFOUND"));
    expect(await checkPublicUrl("https://nowhere.example/", failing)).toMatchObject({ ok: false });
    expect((await checkPublicUrl("https://nowhere.example/", resolving())).ok).toBe(false);
  });

  it("is off outside production (tests and development post to local servers)", () => {
    expect(ssrfGuardEnabled()).toBe(false);
  });
});
