import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { AuthCard } from "@/components/auth/auth-card";

export async function generateMetadata({ params }: PageProps<"/[locale]/signup">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("signUpTitle"), robots: { index: false } };
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/signup">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { callbackUrl } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("signUpTitle")} lead={t("signUpTitleLead")}>
      <ClientMessages namespaces={["auth", "common.validation"]}>
        <SignUpForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
      </ClientMessages>
    </AuthCard>
  );
}
