import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { CLIENT_NAMESPACES } from "./client-namespaces";
import { pickMessages } from "./pick-messages";

describe("pickMessages", () => {
  const messages = { a: { x: "1", y: { z: "2" } }, b: "3", c: { d: "4" } };

  it("keeps only the namespaces asked for, nested as in the catalogue", () => {
    expect(pickMessages(messages, ["a.y", "b"])).toEqual({ a: { y: { z: "2" } }, b: "3" });
    expect(pickMessages(messages, ["a.x", "a.y.z"])).toEqual({ a: { x: "1", y: { z: "2" } } });
    expect(pickMessages(messages, [])).toEqual({});
  });

  it("refuses a path that names nothing, so a layout cannot silently hand a form no messages", () => {
    expect(() => pickMessages(messages, ["a.nope"])).toThrow('no messages at "a.nope"');
    expect(() => pickMessages(messages, ["b.c"])).toThrow('no messages at "b.c"');
  });

  it("finds every namespace the layouts hand to client components, in both languages", () => {
    for (const namespaces of Object.values(CLIENT_NAMESPACES)) {
      for (const catalogue of [en, zh]) expect(() => pickMessages(catalogue, namespaces)).not.toThrow();
    }
  });
});

describe("client components' namespaces", () => {
  it("are each handed out by some route group's layout", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const path = await import("node:path");
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? files(path.join(dir, entry.name))
          : /\.tsx?$/.test(entry.name)
            ? [path.join(dir, entry.name)]
            : [],
      );
    const handed: string[] = Object.values(CLIENT_NAMESPACES).flat();
    const covered = (namespace: string) =>
      handed.some((given) => namespace === given || namespace.startsWith(`${given}.`));
    const used = ["app", "components"]
      .flatMap(files)
      .map((file) => readFileSync(file, "utf8"))
      .filter((source) => source.startsWith('"use client"'))
      .flatMap((source) =>
        [...source.matchAll(/useTranslations\("([^"]+)"\)/g)].map((match) => match[1] ?? ""),
      );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((namespace) => !covered(namespace))).toEqual([]);
  });
});
