import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/ui/auth-card";
import { MerchantSignUpForm } from "./merchant-sign-up-form";

export const metadata: Metadata = { title: "Merchant sign-up" };

export default async function MerchantSignUpPage() {
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("merchantSignUpTitle")} lead={t("merchantSignUpLead")}>
      <MerchantSignUpForm />
    </AuthCard>
  );
}
