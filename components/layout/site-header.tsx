import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LocaleSwitch } from "./locale-switch";

const NAV = [
  { href: "/check", key: "check" },
  { href: "/guides", key: "guides" },
  { href: "/tools", key: "tools" },
  { href: "/history", key: "account" },
] as const;

// The header is the same for everyone (no per-user rendering), so public pages
// stay static; "我的" leads to the history page, which asks to sign in when needed.
// Its links do not prefetch (like every link on the public pages): fetching five
// pages' payloads on every visit costs a phone data and main-thread time while the
// page starts, for pages most visitors never open.
export async function SiteHeader() {
  const t = await getTranslations("common");
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("nav.skip")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-2 sm:py-3">
        <Link prefetch={false} href="/" className="flex items-center gap-2 py-1 font-semibold text-brand-700">
          <span aria-hidden className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-sm text-white">
            额
          </span>
          <span>{t("meta.siteName")}</span>
        </Link>
        <div className="sm:order-last">
          <LocaleSwitch />
        </div>
        <nav aria-label={t("nav.label")} className="-mx-2 w-full sm:mx-0 sm:ml-auto sm:w-auto">
          <ul className="flex items-center gap-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link prefetch={false} href={item.href} className="block rounded-md px-2 py-2 text-slate-700 hover:bg-slate-100 hover:text-brand-700 sm:px-3">
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
