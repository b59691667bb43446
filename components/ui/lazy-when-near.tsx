"use client";

import { lazy, Suspense, useEffect, type ComponentType } from "react";

/** Interactions that mean the borrower is about to use the component: load it now. */
const TRIGGERS = ["focusin", "pointerdown", "pointerover", "touchstart"] as const;

/**
 * A client component whose code is downloaded only when the borrower gets near
 * it. The server still renders it in full, so the page's HTML, its look and its
 * headings are unchanged and readable at once; in the browser React leaves that
 * HTML as it is (a Suspense boundary waiting for the code) and makes it
 * interactive once `selector` — the server-rendered element — comes within a
 * screen of the viewport, or is focused or touched. A form submitted in the
 * moment before that is held and submitted again once the component is live,
 * instead of falling through to the browser's own (GET) submission.
 * Meant for forms far below the fold (the dashboard's share panel and review
 * request), so their code and the validation library they bring stay out of
 * the first load.
 */
export function lazyWhenNear<P extends object>(selector: string, load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let live = false;
  let held: { form: HTMLFormElement; submitter: HTMLElement | null } | null = null;
  let release = () => {};

  /** Resolves once the element is within a screen's height of the viewport, or is touched, focused or submitted. */
  function near(): Promise<void> {
    const el = document.querySelector(selector);
    // Not on the page yet (a client-side navigation renders it fresh) or no observer: load now.
    if (!el || typeof IntersectionObserver === "undefined") return Promise.resolve();
    return new Promise((resolve) => {
      const go = () => {
        observer.disconnect();
        for (const type of TRIGGERS) el.removeEventListener(type, go, true);
        resolve();
      };
      const hold = (event: Event) => {
        if (live || !(event.target instanceof HTMLFormElement)) return;
        event.preventDefault();
        held = { form: event.target, submitter: (event as SubmitEvent).submitter };
        go();
      };
      release = () => el.removeEventListener("submit", hold, true);
      const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go(), { rootMargin: "100% 0px" });
      observer.observe(el);
      for (const type of TRIGGERS) el.addEventListener(type, go, { capture: true, passive: true });
      el.addEventListener("submit", hold, true);
    });
  }

  const Lazy = lazy(async () => {
    if (typeof window !== "undefined") await near();
    return { default: await load() };
  });

  /** Renders nothing; its effect runs once the component above it is hydrated. */
  function Live() {
    useEffect(() => {
      if (live) return;
      live = true;
      release();
      const pending = held;
      held = null;
      if (pending?.form.isConnected) pending.form.requestSubmit(pending.submitter?.isConnected ? pending.submitter : undefined);
    }, []);
    return null;
  }

  function LazyWhenNear(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
        <Live />
      </Suspense>
    );
  }
  return LazyWhenNear;
}
