import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/ui/auth-card";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage() {
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("signUpTitle")} lead={t("signUpLead")}>
      <SignUpForm />
      <p className="text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href="/signin" className="text-brand-600 underline">
          {t("signInSubmit")}
        </Link>
      </p>
    </AuthCard>
  );
}
