import type { ReactNode } from "react";

export interface SectionCardProps {
  id: string;
  title: ReactNode;
  lead?: ReactNode;
  children: ReactNode;
  /** Extra classes, e.g. `print:hidden`. */
  className?: string;
  /** Right-aligned next to the title (a counter, a link). */
  aside?: ReactNode;
}

/** One dashboard section: a titled card that screen-reader users can jump to by its heading. */
export function SectionCard({ id, title, lead, children, className = "", aside }: SectionCardProps) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={`scroll-mt-4 rounded-2xl border border-slate-200 bg-white p-4 sm:p-6 ${className}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900 sm:text-xl">
          {title}
        </h2>
        {aside}
      </div>
      {lead ? <p className="mt-1 text-sm leading-relaxed text-slate-600">{lead}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}
