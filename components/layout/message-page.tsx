import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** A full-page message with a way home: 403, 404 and similar dead ends. */
export async function MessagePage({ title, text }: { title: string; text: string }) {
  const t = await getTranslations("common");
  return (
    <div className="mx-auto max-w-lg text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-slate-700">{text}</p>
      <p className="mt-6">
        <Link href="/" className="text-brand-600 underline">
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}
