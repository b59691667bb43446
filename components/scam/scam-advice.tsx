import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

const RULES = ["noTransfer", "noCodes", "noLinks", "verify"] as const;

/** What always holds, whatever the message said: four rules, what to do if money is gone, and where to read more. */
export async function ScamAdvice() {
  const t = await getTranslations("scam");
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="scam-official" className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
        <h2 id="scam-official" className="text-lg font-semibold text-slate-900">
          {t("official.heading")}
        </h2>
        <ol className="mt-3 space-y-2 text-sm leading-relaxed text-slate-800">
          {RULES.map((rule, i) => (
            <li key={rule} className="flex gap-3">
              <span aria-hidden className="grid h-6 w-6 shrink-0 place-items-center rounded-full bg-brand-100 text-xs font-bold text-brand-700">
                {i + 1}
              </span>
              <span>{t(`official.${rule}`)}</span>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="scam-paid" className="rounded-2xl border border-red-200 bg-red-50 p-4 text-red-950 sm:p-5">
        <h2 id="scam-paid" className="text-lg font-semibold">
          {t("alreadyPaid.heading")}
        </h2>
        <p className="mt-2 text-sm leading-relaxed">{t("alreadyPaid.body")}</p>
      </section>
      <div className="space-y-2 text-sm leading-relaxed text-slate-700 md:col-span-2">
        <p>
          <Link prefetch={false} href="/guides/general#scams" className="font-medium text-brand-700 underline underline-offset-2">
            {t("guideLink")}
          </Link>
        </p>
        <p className="text-xs text-slate-600">{t("disclaimer")}</p>
      </div>
    </div>
  );
}
