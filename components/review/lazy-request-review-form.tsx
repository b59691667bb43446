"use client";

import { lazyWhenNear } from "@/components/ui/lazy-when-near";
import type { RequestReviewFormProps } from "./request-review-form";

/** The review request form, server-rendered, made interactive when scrolled near (its code and Zod load then). */
export const LazyRequestReviewForm = lazyWhenNear<RequestReviewFormProps>('[data-testid="request-review"]', () =>
  import("./request-review-form").then((m) => m.RequestReviewForm),
);
