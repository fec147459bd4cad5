import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "./config";

/** The visitor's language from a raw request (route handlers): the switch's cookie, else the browser's. */
export function localeOfRequest(request: Request): Locale {
  const cookie = request.headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return isLocale(cookie) ? cookie : localeFromAcceptLanguage(request.headers.get("accept-language"));
}
