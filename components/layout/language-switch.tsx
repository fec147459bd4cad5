import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";

const LABELS = { zh: "中文", en: "English" } as const;

export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <form action={setLocaleAction} aria-label={t("language")} className="flex items-center gap-1 text-sm">
      {(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((code) => (
        <button
          key={code}
          type="submit"
          name="locale"
          value={code}
          lang={code}
          aria-pressed={locale === code}
          className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100 aria-pressed:bg-slate-200 aria-pressed:font-semibold aria-pressed:text-slate-900"
        >
          {LABELS[code]}
        </button>
      ))}
    </form>
  );
}
