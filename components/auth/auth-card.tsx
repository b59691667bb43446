import type { ReactNode } from "react";

export interface AuthCardProps {
  title: string;
  lead: string;
  children: ReactNode;
}

export function AuthCard({ title, lead, children }: AuthCardProps) {
  return (
    <div className="mx-auto max-w-md rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2 text-sm leading-relaxed text-slate-600">{lead}</p>
      <div className="mt-6">{children}</div>
    </div>
  );
}
