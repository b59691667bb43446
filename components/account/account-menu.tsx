import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";

/**
 * For the site header: "我的" (history) when signed in, "登录" otherwise.
 * Sign-out lives on the history and settings pages (SignOutButton).
 */
export async function AccountMenu() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("common.nav")]);
  const className = "rounded-md px-2.5 py-1.5 font-medium text-brand-700 hover:bg-brand-50";
  return user ? (
    <Link href="/history" className={className}>
      {t("account")}
    </Link>
  ) : (
    <Link href="/signin" className={className}>
      {t("signIn")}
    </Link>
  );
}
