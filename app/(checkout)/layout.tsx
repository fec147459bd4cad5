import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { LanguageSwitch } from "@/components/layout/language-switch";

/** The hosted checkout's own frame: the brand, the language switch, nothing else to load. */
export default async function CheckoutLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-xl items-center justify-between px-4 py-3">
          <span className="text-lg font-bold text-brand-600">{t("appName")}</span>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-xl flex-1 px-4 py-6">
        <ClientMessages namespaces={CLIENT_NAMESPACES.checkout}>{children}</ClientMessages>
      </main>
    </>
  );
}
