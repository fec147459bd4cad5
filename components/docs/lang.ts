import type { ReactNode } from "react";

/** The docs are written in both languages; the site's locale picks one. Code is the same in both. */
export type Lang = "en" | "zh";

/** A piece of prose in both languages. */
export type Bi = Record<Lang, ReactNode>;

export function toLang(locale: string): Lang {
  return locale === "en" ? "en" : "zh";
}
