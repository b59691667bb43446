import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CheckWizard } from "@/components/assessment/check-wizard";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CONSENT_VERSION } from "@/lib/server/assessments/consent-terms";

export async function generateMetadata({ params }: PageProps<"/[locale]/check">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "check.meta" });
  return { title: t("title"), description: t("description") };
}

export default async function CheckPage({ params }: PageProps<"/[locale]/check">) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Rendered per request: the page takes personal answers, so it runs under the
  // nonce-based Content-Security-Policy (lib/security/csp.ts), which prerendered HTML cannot carry.
  await connection();
  return (
    <ClientMessages namespaces={["check", "common.validation"]}>
      <CheckWizard consentVersion={CONSENT_VERSION} />
    </ClientMessages>
  );
}
