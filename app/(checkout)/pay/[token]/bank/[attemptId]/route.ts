import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { bankRegistry } from "@/lib/bank-gateway/registry";
import { bankFormForAttempt } from "@/lib/checkout/bank-form-for-attempt";
import { renderBankFormPage } from "@/lib/checkout/render-bank-form-page";
import { localeOfRequest } from "@/lib/i18n/request-locale";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ token: string; attemptId: string }> },
) {
  const { token, attemptId } = await params;
  const found = await bankFormForAttempt(db, token, attemptId);
  if (!found || found.redirect.method !== "POST") return new Response("Not found", { status: 404 });
  const locale = localeOfRequest(request);
  const t = await getTranslations({ locale, namespace: "checkout" });
  const bank = bankRegistry()
    .list()
    .find((b) => b.code === found.bankCode);
  const html = renderBankFormPage({
    lang: locale === "zh" ? "zh-CN" : "en",
    title: t("redirecting"),
    text: t("redirectingText", { bank: bank ? bank.name[locale] : found.bankCode }),
    button: t("continueToBank"),
    action: found.redirect.url,
    fields: found.redirect.fields,
  });
  return new Response(html, {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
