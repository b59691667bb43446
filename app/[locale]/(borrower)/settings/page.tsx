import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { Link, redirect } from "@/lib/i18n/navigation";
import { getAccountOverview } from "@/lib/server/account/get-account-overview";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Section } from "@/components/account/section";
import { SignOutButton } from "@/components/account/sign-out-button";
import { SignOutEverywhereButton } from "@/components/account/sign-out-everywhere-button";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { WithdrawConsentButton } from "@/components/account/withdraw-consent-button";
import { DeleteAccountForm } from "@/components/account/delete-account-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/settings">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "settings.meta" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function SettingsPage({ params }: PageProps<"/[locale]/settings">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user) return redirect({ href: { pathname: "/signin", query: { callbackUrl: "/settings" } }, locale });

  const [overview, t, format] = await Promise.all([getAccountOverview({ userId: user.id }), getTranslations("settings"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const hasActiveConsent = overview.consents.some((c) => !c.withdrawnAt);
  const purpose = (p: string) => (t.has(`consent.purposes.${p}`) ? t(`consent.purposes.${p}` as "consent.purposes.assessment") : p);

  return (
    <ClientMessages namespaces={["settings.password", "settings.sessions", "settings.consent", "settings.delete", "common.validation"]}>
      <div className="mx-auto max-w-3xl space-y-6">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
            <p className="mt-2 text-sm leading-relaxed text-slate-600">{t("lead")}</p>
          </div>
          <Link href="/history" className="rounded-lg px-3 py-2 text-sm font-medium text-brand-700 underline hover:bg-brand-50">
            {t("nav.history")}
          </Link>
        </header>

        <Section id="account" title={t("account.title")}>
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium text-slate-600">{t("account.email")}</dt>
            <dd className="break-all">{overview.user.email}</dd>
            <dt className="font-medium text-slate-600">{t("account.name")}</dt>
            <dd>{overview.user.name ?? <span className="text-slate-500">{t("account.noName")}</span>}</dd>
            <dt className="font-medium text-slate-600">{t("account.role")}</dt>
            <dd>{t(`account.roles.${overview.user.role}`)}</dd>
            <dt className="font-medium text-slate-600">{t("account.since")}</dt>
            <dd>{date(overview.user.createdAt)}</dd>
            <dt className="font-medium text-slate-600">{t("account.stored")}</dt>
            <dd>
              {t("account.storedValue", {
                assessments: overview.counts.assessments,
                links: overview.counts.activeLinks,
                reviews: overview.counts.openReviews,
              })}
            </dd>
          </dl>
        </Section>

        <Section id="password" title={t("password.title")} lead={t("password.lead")}>
          <div className="max-w-md">
            <ChangePasswordForm />
          </div>
        </Section>

        <Section id="sessions" title={t("sessions.title")} lead={t("sessions.body")}>
          <div className="flex flex-wrap gap-3">
            <SignOutButton />
            <SignOutEverywhereButton />
          </div>
        </Section>

        <Section id="export" title={t("export.title")} lead={t("export.body")}>
          <a
            href="/api/me/export"
            download
            className="inline-flex items-center justify-center gap-2 rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700"
          >
            {t("export.button")}
          </a>
        </Section>

        <Section id="consent" title={t("consent.title")} lead={t("consent.body")}>
          {overview.consents.length === 0 ? (
            <p className="text-sm text-slate-600">{t("consent.none")}</p>
          ) : (
            <ul aria-label={t("consent.caption")} className="divide-y divide-slate-100 rounded-lg border border-slate-200">
              {overview.consents.map((c) => (
                <li key={c.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 p-3 text-sm" data-testid="consent-row">
                  <div>
                    <p className="font-medium">{purpose(c.purpose)}</p>
                    <p className="text-slate-600">
                      {t("consent.version")} <span className="font-mono text-xs">{c.version}</span> · {t("consent.granted")} {dateTime(c.grantedAt)}
                    </p>
                  </div>
                  {c.withdrawnAt ? (
                    <p className="text-slate-600">{t("consent.withdrawnOn", { date: dateTime(c.withdrawnAt) })}</p>
                  ) : (
                    <p className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900">{t("consent.active")}</p>
                  )}
                </li>
              ))}
            </ul>
          )}
          <div className="mt-4 rounded-lg bg-slate-50 p-4 text-sm leading-relaxed text-slate-700">
            <p className="font-semibold">{t("consent.whatItMeansTitle")}</p>
            <p className="mt-1">{t("consent.whatItMeans")}</p>
          </div>
          <div className="mt-4">
            <WithdrawConsentButton hasActive={hasActiveConsent} />
          </div>
        </Section>

        <Section id="delete" title={t("delete.title")} lead={t("delete.body")} tone="danger">
          {overview.user.role === "BORROWER" ? (
            <div className="max-w-md">
              <DeleteAccountForm email={overview.user.email} />
            </div>
          ) : (
            <p className="text-sm text-slate-700">{t("delete.staff")}</p>
          )}
        </Section>
      </div>
    </ClientMessages>
  );
}
