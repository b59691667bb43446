import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export interface ShareStateProps {
  state: "expired" | "revoked" | "notFound" | "rateLimited";
}

/** The clear page for a link that no longer (or never did) show anything. */
export async function ShareState({ state }: ShareStateProps) {
  const t = await getTranslations("share.page");
  return (
    <div className="mx-auto max-w-md rounded-2xl border border-slate-200 bg-white p-6 text-center shadow-sm sm:p-8" data-testid={`share-state-${state}`}>
      <span aria-hidden className="mx-auto grid h-12 w-12 place-items-center rounded-full bg-slate-100 text-slate-600">
        {state === "rateLimited" ? (
          <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
            <circle cx="12" cy="12" r="9" />
            <path d="M12 7v5l3 2" />
          </svg>
        ) : (
          <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
            <rect x="5" y="11" width="14" height="10" rx="2" />
            <path d="M8 11V7a4 4 0 0 1 8 0v4" />
          </svg>
        )}
      </span>
      <h1 className="mt-4 text-xl font-bold">{t(`${state}.title`)}</h1>
      <p className="mt-3 text-sm leading-relaxed text-slate-600">{t(`${state}.body`)}</p>
      <p className="mt-4 text-xs text-slate-500">{t("disclaimer")}</p>
      <Link href="/check" className="mt-6 inline-block rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700">
        {t("cta")}
      </Link>
    </div>
  );
}
