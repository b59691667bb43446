import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

const SITUATIONS = ["raise", "restore", "open"] as const;
const STEPS = ["step1", "step2", "step3"] as const;
const PLATFORMS = ["jiebei", "huabei", "mybank", "weilidai", "generic"] as const;
const PROMISES = ["estimate", "basis", "noPromise", "scam"] as const;

/** The landing page: what LimitWise does, for whom, and the way in. */
export async function Landing() {
  const t = await getTranslations("home");
  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-gradient-to-br from-brand-700 to-brand-600 px-5 py-10 text-white sm:px-10 sm:py-14">
        <p className="text-sm font-medium text-brand-100">{t("hero.eyebrow")}</p>
        <h1 className="mt-2 text-3xl font-bold leading-tight sm:text-4xl">{t("hero.title")}</h1>
        <p className="mt-4 max-w-2xl text-base leading-relaxed text-brand-50">{t("hero.lead")}</p>
        <div className="mt-6 flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-4">
          <Link
            prefetch={false}
            href="/check"
            className="inline-flex justify-center rounded-xl bg-white px-6 py-3 text-base font-semibold text-brand-700 shadow hover:bg-brand-50"
          >
            {t("hero.cta")}
          </Link>
          <span className="text-sm text-brand-100">{t("hero.ctaNote")}</span>
        </div>
      </section>

      <section aria-labelledby="situations">
        <h2 id="situations" className="text-xl font-semibold">{t("situations.title")}</h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-3">
          {SITUATIONS.map((s) => (
            <li key={s} className="rounded-xl border border-slate-200 bg-white p-4">
              <h3 className="font-semibold text-brand-700">{t(`situations.${s}.title`)}</h3>
              <p className="mt-1 text-sm leading-relaxed text-slate-700">{t(`situations.${s}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how">
        <h2 id="how" className="text-xl font-semibold">{t("how.title")}</h2>
        <ol className="mt-4 grid gap-3 sm:grid-cols-3">
          {STEPS.map((s, i) => (
            <li key={s} className="rounded-xl border border-slate-200 bg-white p-4">
              <span className="grid h-7 w-7 place-items-center rounded-full bg-brand-100 text-sm font-bold text-brand-700">{i + 1}</span>
              <h3 className="mt-2 font-semibold">{t(`how.${s}.title`)}</h3>
              <p className="mt-1 text-sm leading-relaxed text-slate-700">{t(`how.${s}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="platforms">
        <h2 id="platforms" className="text-xl font-semibold">{t("platforms.title")}</h2>
        <ul className="mt-4 flex flex-wrap gap-2">
          {PLATFORMS.map((p) => (
            <li key={p} className="rounded-full border border-brand-100 bg-brand-50 px-4 py-1.5 text-sm text-brand-800">
              {t(`platforms.${p}`)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="honesty" className="rounded-xl border border-amber-200 bg-amber-50 p-5">
        <h2 id="honesty" className="text-lg font-semibold text-amber-900">{t("honesty.title")}</h2>
        <ul className="mt-3 list-disc space-y-1.5 pl-5 text-sm leading-relaxed text-amber-900">
          {PROMISES.map((p) => (
            <li key={p}>{t(`honesty.${p}`)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
