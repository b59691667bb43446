"use client";

import { lazyWhenNear } from "@/components/ui/lazy-when-near";
import type { SharePanelClientProps } from "./share-panel-client";

/** The share panel, server-rendered, made interactive when scrolled near (its code and Zod load then). */
export const LazySharePanelClient = lazyWhenNear<SharePanelClientProps>('[data-testid="share-panel"]', () =>
  import("./share-panel-client").then((m) => m.SharePanelClient),
);
