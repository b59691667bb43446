"use client";

import { useTranslations } from "next-intl";

/** Opens the browser's print dialog (also "save as PDF"). */
export function PrintButton() {
  const t = useTranslations("dashboard.print");
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex items-center justify-center rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700 print:hidden"
    >
      {t("button")}
    </button>
  );
}
