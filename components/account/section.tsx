import type { ReactNode } from "react";

export interface SectionProps {
  id?: string;
  title: string;
  lead?: ReactNode;
  tone?: "default" | "danger";
  children?: ReactNode;
}

/** A card with a heading, as used on the settings and history pages. */
export function Section({ id, title, lead, tone = "default", children }: SectionProps) {
  const border = tone === "danger" ? "border-red-200" : "border-slate-200";
  return (
    <section id={id} aria-labelledby={id ? `${id}-title` : undefined} className={`rounded-2xl border ${border} bg-white p-5 shadow-sm sm:p-6`}>
      <h2 id={id ? `${id}-title` : undefined} className={`text-lg font-semibold ${tone === "danger" ? "text-red-800" : ""}`}>
        {title}
      </h2>
      {lead ? <div className="mt-1.5 text-sm leading-relaxed text-slate-600">{lead}</div> : null}
      {children ? <div className="mt-4">{children}</div> : null}
    </section>
  );
}
