"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

export interface WhenVisibleProps {
  /** The box keeps this height before and after, so nothing moves when the content arrives. */
  height: number;
  children: ReactNode;
  className?: string;
}

/**
 * Renders its children once the box is near the screen. Charts below the
 * fold then load and run only when the borrower scrolls to them, instead of
 * competing with the first paint and the first tap on a slow phone.
 */
export function WhenVisible({ height, children, className = "" }: WhenVisibleProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof IntersectionObserver === "undefined") {
      // Very old in-app browsers: no observer, so no deferral either.
      const id = window.setTimeout(() => setVisible(true), 0);
      return () => window.clearTimeout(id);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: "0px" },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={className} style={{ height }}>
      {visible ? children : <div aria-hidden className="h-full w-full rounded-lg bg-slate-50" />}
    </div>
  );
}
