import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import "./globals.css";

// Static, not generated per request: streamed metadata can lose the <title> when a server action (the
// language switch) re-renders the page.
export const metadata: Metadata = {
  title: { default: "Paylane", template: "%s · Paylane" },
  description: "Paylane: an open-source third-party payment platform. 开源第三方支付平台。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          {t("skipToContent")}
        </a>
        {/* Locale and time zone for every client component; the messages they use come from the layout of
            their route group (ClientMessages), not the whole catalogue on every page. */}
        <NextIntlClientProvider messages={{}}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
