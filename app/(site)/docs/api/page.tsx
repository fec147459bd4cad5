import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { ApiReference } from "@/components/docs/api-reference";
import { toLang } from "@/components/docs/lang";
import { requestOrigin } from "@/components/docs/origin";

export const metadata: Metadata = { title: "API reference" };

/** /docs/api: the merchant API reference, in the visitor's language, with this gateway's own base URL. */
export default async function ApiReferencePage() {
  const [locale, origin] = await Promise.all([getLocale(), requestOrigin()]);
  return <ApiReference lang={toLang(locale)} origin={origin} />;
}
