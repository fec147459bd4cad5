import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SiteHeader } from "./site-header";

/** Header, main landmark and footer of the site's pages (the hosted checkout has its own, lighter one). */
export async function SiteChrome({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white py-4 text-center text-sm text-slate-600">
        {t("footer")}
      </footer>
    </>
  );
}
