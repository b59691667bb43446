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
      <p aria-hidden className="mx-auto grid h-12 w-12 place-items-center rounded-full bg-slate-100 text-2xl">
        {state === "rateLimited" ? "⏳" : "🔒"}
      </p>
      <h1 className="mt-4 text-xl font-bold">{t(`${state}.title`)}</h1>
      <p className="mt-3 text-sm leading-relaxed text-slate-600">{t(`${state}.body`)}</p>
      <p className="mt-4 text-xs text-slate-500">{t("disclaimer")}</p>
      <Link href="/check" className="mt-6 inline-block rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700">
        {t("cta")}
      </Link>
    </div>
  );
}
