import { getTranslations } from "next-intl/server";
import type { GuideTool } from "@/lib/guides";
import { Link } from "@/lib/i18n/navigation";

const HREF: Record<GuideTool, string> = {
  calculator: "/tools/loan-cost",
  scamChecker: "/tools/scam-check",
};

/** A pointer from a guide section to a public tool. */
export async function ToolLink({ tool }: { tool: GuideTool }) {
  const t = await getTranslations(`guides.tools.${tool}`);
  return (
    <div className="rounded-lg border border-brand-100 bg-brand-50 p-3 text-sm">
      <p className="font-semibold text-brand-800">{t("title")}</p>
      <p className="mt-0.5 leading-relaxed text-slate-700">{t("body")}</p>
      <Link prefetch={false} href={HREF[tool]} className="mt-1.5 inline-block font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800">
        {t("cta")}
      </Link>
    </div>
  );
}
