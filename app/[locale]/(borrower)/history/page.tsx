import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { Link, redirect } from "@/lib/i18n/navigation";
import { AppError } from "@/lib/server/errors";
import { listHistory } from "@/lib/server/history/list-history";
import { getComparison, type Comparison } from "@/lib/server/history/get-comparison";
import { recordIdSchema } from "@/lib/validation/share";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SignOutButton } from "@/components/account/sign-out-button";
import { TrendSection } from "@/components/history/trend-section";
import { HistoryTable } from "@/components/history/history-table";
import { CompareSection } from "@/components/history/compare-section";

export async function generateMetadata({ params }: PageProps<"/[locale]/history">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "history.meta" });
  return { title: t("title"), description: t("description"), robots: { index: false, follow: false } };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function HistoryPage({ params, searchParams }: PageProps<"/[locale]/history">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user) return redirect({ href: { pathname: "/signin", query: { callbackUrl: "/history" } }, locale });

  const query = await searchParams;
  const selected = { a: one(query.a), b: one(query.b) };
  const [entries, t] = await Promise.all([listHistory({ userId: user.id }), getTranslations("history")]);

  let comparison: Comparison | null = null;
  let error: "pickTwo" | "notFound" | undefined;
  if (selected.a || selected.b) {
    const a = recordIdSchema.safeParse(selected.a);
    const b = recordIdSchema.safeParse(selected.b);
    if (!a.success || !b.success || a.data === b.data) error = "pickTwo";
    else {
      try {
        comparison = await getComparison({ userId: user.id, ids: [a.data, b.data] });
      } catch (e) {
        if (e instanceof AppError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) error = "notFound";
        else throw e;
      }
    }
  }

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-2xl">
          <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
          <p className="mt-2 text-sm leading-relaxed text-slate-600">{t("lead")}</p>
          <p className="mt-2 break-all text-xs text-slate-500">{t("signedInAs", { email: user.email })}</p>
        </div>
        <nav aria-label={t("title")} className="flex flex-wrap items-center gap-2">
          <Link href="/check" className="rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700">
            {t("nav.newCheck")}
          </Link>
          <Link href="/settings" className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-sm font-semibold text-slate-800 hover:bg-slate-50">
            {t("nav.settings")}
          </Link>
          <ClientMessages namespaces={["settings.sessions"]}>
            <SignOutButton variant="ghost" />
          </ClientMessages>
        </nav>
      </header>

      {entries.length === 0 ? (
        <div className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center">
          <h2 className="text-lg font-semibold">{t("empty.title")}</h2>
          <p className="mx-auto mt-2 max-w-md text-sm leading-relaxed text-slate-600">{t("empty.body")}</p>
          <Link href="/check" className="mt-5 inline-block rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700">
            {t("empty.cta")}
          </Link>
        </div>
      ) : (
        <>
          <TrendSection entries={entries} />
          <CompareSection entries={entries} selected={selected} comparison={comparison} error={error} />
          <HistoryTable entries={entries} />
        </>
      )}
    </div>
  );
}
