import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/roles";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const t = await getTranslations("common");
  const user = await currentUser();
  const home = user ? homeFor(user.role) : null;
  const homeLabel = home === "/dashboard" ? t("dashboard") : home === "/admin" ? t("admin") : t("wallet");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-brand-600">
          {t("appName")}
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-2 text-sm sm:gap-4">
          <Link href="/docs/api" className="text-slate-700 hover:text-brand-600">
            {t("apiDocs")}
          </Link>
          {user && home ? (
            <>
              <Link href={home} className="text-slate-700 hover:text-brand-600">
                {homeLabel}
              </Link>
              <span className="hidden text-slate-600 sm:inline">{user.email}</span>
              <SignOutButton label={t("signOut")} />
            </>
          ) : (
            <Link href="/signin" className="font-medium text-brand-600 hover:text-brand-700">
              {t("signIn")}
            </Link>
          )}
          <LanguageSwitch />
        </nav>
      </div>
    </header>
  );
}
