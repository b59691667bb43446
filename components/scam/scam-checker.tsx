"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { SCAM_TEXT_MAX_LENGTH } from "@/lib/scam/limits";
import type { ScamFinding, ScamRiskLevel } from "@/lib/scam/types";
import { ScamResult } from "./scam-result";
import { LockIcon } from "@/components/guides/icons";

const EXAMPLES = ["upfrontFee", "studentAccount", "inviteLink"] as const;

/**
 * The schema and the rule set (./run-check) load once the borrower starts using
 * the form — focus, a tap, a pointer over it — rather than with the page.
 */
type Engine = typeof import("./run-check");
let engine: Promise<Engine> | null = null;
function loadEngine(): Promise<Engine> {
  engine ??= import("./run-check").catch((error: unknown) => {
    engine = null; // a failed download is tried again on the next check
    throw error;
  });
  return engine;
}
const prefetch = () => void loadEngine().catch(() => undefined);

interface Checked {
  text: string;
  findings: ScamFinding[];
  risk: ScamRiskLevel;
  /** Bumped per check, to move focus to the verdict each time. */
  run: number;
}

/**
 * Paste, check, read. `checkMessage` runs here in the browser: the text is
 * never sent anywhere (the textarea has no `name` and the form no action, so
 * even without JavaScript nothing is submitted) and never stored.
 */
export interface ScamCheckerProps {
  /**
   * The field's help text, formatted by the page on the server: a message with an
   * argument would make the browser build an ICU formatter while the page hydrates,
   * and the first Intl call in a page costs tens of milliseconds of main-thread time.
   */
  help: string;
}

export function ScamChecker({ help }: ScamCheckerProps) {
  const t = useTranslations("scam");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const id = "scam-text";
  const errors = error ? [error] : undefined;

  useEffect(() => {
    if (checked) heading.current?.focus();
  }, [checked]);

  async function check(value: string) {
    let outcome;
    try {
      outcome = (await loadEngine()).runCheck(value);
    } catch {
      return; // offline before the engine arrived: the next press tries again
    }
    if (!outcome.ok) {
      setError(
        outcome.code === "too_big"
          ? t("errors.too_big", { maximum: outcome.maximum ?? SCAM_TEXT_MAX_LENGTH })
          : outcome.code === "too_small"
            ? t("errors.too_small")
            : t("errors.invalid_type"),
      );
      setChecked(null);
      input.current?.focus();
      return;
    }
    const { findings, risk } = outcome;
    setError(null);
    setChecked((prev) => ({ text: value, findings, risk, run: (prev?.run ?? 0) + 1 }));
  }

  return (
    <div className="space-y-6">
      <form
        noValidate
        onFocus={prefetch}
        onPointerOver={prefetch}
        onPointerDown={prefetch}
        onSubmit={(e) => {
          e.preventDefault();
          void check(text);
        }}
        className="space-y-4 rounded-2xl border border-slate-200 bg-white p-4 sm:p-6"
      >
        <Field id={id} label={t("page.inputLabel")} help={help} errors={errors}>
          <textarea
            ref={input}
            id={id}
            rows={6}
            value={text}
            placeholder={t("page.placeholder")}
            onChange={(e) => {
              setText(e.target.value);
              if (error) setError(null);
            }}
            className={`${inputClass} min-h-36 resize-y leading-relaxed`}
            autoComplete="off"
            spellCheck={false}
            {...describedBy(id, help, errors)}
          />
        </Field>
        <p className="flex items-start gap-2 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <LockIcon className="mt-0.5" />
          <span>{t("page.privacy")}</span>
        </p>
        <div className="flex gap-3">
          <Button type="submit" className="min-w-28">
            {t("page.submit")}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              setText("");
              setError(null);
              setChecked(null);
              input.current?.focus();
            }}
          >
            {t("page.clear")}
          </Button>
        </div>
        <div className="border-t border-slate-200 pt-4">
          <p id="scam-examples" className="text-sm font-medium text-slate-800">
            {t("page.examplesHeading")}
          </p>
          <ul aria-labelledby="scam-examples" className="mt-2 grid gap-2">
            {EXAMPLES.map((key) => {
              const example = t(`page.examples.${key}`);
              return (
                <li key={key}>
                  <button
                    type="button"
                    onClick={() => {
                      setText(example);
                      void check(example);
                    }}
                    className="w-full rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 text-left text-sm leading-relaxed text-slate-800 hover:border-brand-600 hover:bg-brand-50"
                  >
                    {example}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      </form>
      {checked ? <ScamResult key={checked.run} text={checked.text} findings={checked.findings} risk={checked.risk} headingRef={heading} /> : null}
    </div>
  );
}
