"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { RATE_UNITS } from "@/lib/calculator";
import { Button } from "@/components/ui/button";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { UnitInput } from "@/components/ui/unit-input";
import type { ToolForm } from "./use-tool-form";

type AnyForm = Pick<ToolForm<never, never>, "values" | "errors" | "set">;

/** DOM id of a calculator field: `<tool>-<field>`. */
export const fieldId = (tool: string, field: string) => `${tool}-${field}`;

/** A number box with label, help, unit and its error, texts from `calculator.fields.<field>`. */
export function NumberField({ tool, field, form, unit, decimal = true }: { tool: string; field: string; form: AnyForm; unit?: string; decimal?: boolean }) {
  const t = useTranslations("calculator.fields");
  const id = fieldId(tool, field);
  const help = t(`${field}.help`);
  const errors = form.errors[field];
  const suffix = unit ?? (t.has(`${field}.suffix`) ? t(`${field}.suffix`) : undefined);
  return (
    <Field
      id={id}
      label={
        <>
          {t(`${field}.label`)}
          {suffix ? <span className="sr-only">（{suffix}）</span> : null}
        </>
      }
      help={help}
      errors={errors}
    >
      <UnitInput
        id={id}
        unit={suffix}
        inputMode={decimal ? "decimal" : "numeric"}
        value={form.values[field] ?? ""}
        onChange={(e) => form.set(field, e.target.value)}
        {...describedBy(id, help, errors)}
      />
    </Field>
  );
}

/** A rate in %, with its unit (daily / monthly / annual) beside it. */
export function RateFields({ tool, form }: { tool: string; form: AnyForm }) {
  const t = useTranslations("calculator");
  const unitId = fieldId(tool, "rateUnit");
  const unitHelp = t("fields.rateUnit.help");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <NumberField tool={tool} field="ratePercent" form={form} unit="%" />
      <Field id={unitId} label={t("fields.rateUnit.label")} help={unitHelp} errors={form.errors.rateUnit}>
        <select
          id={unitId}
          value={form.values.rateUnit}
          onChange={(e) => form.set("rateUnit", e.target.value)}
          className={inputClass}
          {...describedBy(unitId, unitHelp, form.errors.rateUnit)}
        >
          {RATE_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`rateUnits.${u}`)}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}

/** The form frame: fields, then 计算 / 清空. No `name`s and no action: nothing is ever submitted to a server. */
export function ToolFormFrame({ id, onSubmit, onClear, children }: { id: string; onSubmit: () => void; onClear: () => void; children: ReactNode }) {
  const t = useTranslations("calculator.actions");
  return (
    <form
      id={id}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      className="space-y-4"
    >
      {children}
      <div className="flex gap-3">
        <Button type="submit" className="min-w-28">
          {t("calculate")}
        </Button>
        <Button variant="secondary" onClick={onClear}>
          {t("reset")}
        </Button>
      </div>
    </form>
  );
}
