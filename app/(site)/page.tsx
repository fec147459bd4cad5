import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

export default async function LandingPage() {
  const t = await getTranslations("landing");
  const audiences = [
    { title: t("forShoppers"), text: t("forShoppersText") },
    { title: t("forMerchants"), text: t("forMerchantsText") },
    { title: t("forEveryone"), text: t("forEveryoneText") },
  ];
  return (
    <div className="flex flex-col gap-10">
      <section className="rounded-2xl bg-gradient-to-br from-brand-600 to-brand-900 px-6 py-12 text-white sm:px-10">
        <h1 className="max-w-3xl text-3xl font-bold leading-tight sm:text-4xl">{t("title")}</h1>
        <p className="mt-4 max-w-3xl text-lg text-blue-50">{t("lead")}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/signin" className={buttonClass("secondary")}>
            {t("ctaSignIn")}
          </Link>
          <Link href="/signup/merchant" className={buttonClass("secondary")}>
            {t("ctaMerchant")}
          </Link>
          <Link href="/docs/api" className={buttonClass("secondary")}>
            {t("ctaDocs")}
          </Link>
        </div>
      </section>
      <section className="grid gap-4 sm:grid-cols-3">
        {audiences.map((a) => (
          <div key={a.title} className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="text-lg font-semibold">{a.title}</h2>
            <p className="mt-2 text-slate-700">{a.text}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
