"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export interface CreatedLinkProps {
  url: string;
  code: string;
  /** Already formatted. */
  expiresAt: string;
}

/**
 * The new link, shown once: the URL, a copy button (with a fallback for
 * in-app browsers without the Clipboard API) and a QR code drawn in the
 * browser by the `qrcode` package (loaded only now; nothing leaves the page).
 */
export function CreatedLink({ url, code, expiresAt }: CreatedLinkProps) {
  const t = useTranslations("share");
  const input = useRef<HTMLInputElement>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    let live = true;
    import("qrcode")
      .then((QRCode) => QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#0f172a", light: "#ffffff" } }))
      .then((svg) => {
        if (live) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [url]);

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      // WeChat's and some other in-app browsers: select the text and try the old way.
      input.current?.select();
      const ok = typeof document.execCommand === "function" && document.execCommand("copy");
      setCopy(ok ? "copied" : "failed");
    }
  }

  return (
    <div className="mt-5 rounded-xl border border-brand-600/40 bg-brand-50 p-4" data-testid="created-link">
      <p className="font-semibold text-brand-800" role="status">
        {t("panel.created")}
      </p>
      <p className="mt-1 text-sm text-slate-700">{t("panel.onlyOnce")}</p>
      <div className="mt-3 flex flex-col gap-4 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1 space-y-2">
          <label htmlFor="share-url" className="block text-sm font-medium text-slate-800">
            {t("panel.urlLabel")}
          </label>
          <input
            ref={input}
            id="share-url"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 font-mono text-sm text-slate-900"
          />
          <div className="flex flex-wrap items-center gap-3">
            <Button onClick={onCopy}>{copy === "copied" ? t("panel.copied") : t("panel.copy")}</Button>
            <span className="text-sm text-slate-700">
              {t("panel.code", { code })} · {expiresAt}
            </span>
          </div>
          <p className="text-xs text-slate-600">{t("panel.codeHelp")}</p>
          {copy === "failed" ? <Alert tone="warning">{t("panel.copyFailed")}</Alert> : null}
        </div>
        <div className="shrink-0 text-center">
          <div className="mx-auto h-40 w-40 rounded-lg bg-white p-1">
            {qr ? (
              // eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn in the browser, nothing to optimise
              <img src={qr} alt={t("panel.qrAlt")} width={152} height={152} className="h-full w-full" data-testid="share-qr" />
            ) : null}
          </div>
          <p className="mt-1 text-xs text-slate-600">{t("panel.qrHelp")}</p>
        </div>
      </div>
    </div>
  );
}
