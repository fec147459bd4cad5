import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { AuthCard } from "@/components/ui/auth-card";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const t = await getTranslations("auth");
  const tt = await getTranslations("transfers");
  // A claim link from a transfer mail: the address arrives filled in (the user can still change it).
  const raw = (await searchParams).email;
  const email = typeof raw === "string" && raw.length <= 254 ? raw : undefined;
  return (
    <AuthCard title={t("signUpTitle")} lead={t("signUpLead")}>
      {email ? <Alert tone="info">{tt("claimNotice")}</Alert> : null}
      <SignUpForm email={email} />
      <p className="text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href="/signin" className="text-brand-600 underline">
          {t("signInSubmit")}
        </Link>
      </p>
    </AuthCard>
  );
}
