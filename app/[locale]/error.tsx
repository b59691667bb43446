"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** A friendly page for anything that failed while rendering (e.g. the database is down). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.errors");
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-bold">{t("serverTitle")}</h1>
      <p className="mt-3 text-slate-600">{t("serverBody")}</p>
      <Button className="mt-6" onClick={reset}>
        {t("retry")}
      </Button>
    </div>
  );
}
