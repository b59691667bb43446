import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "@/lib/i18n/pick-messages";

export interface ClientMessagesProps {
  /**
   * Namespaces (or paths inside them, e.g. "common.validation") that the client
   * components below call `useTranslations` with — all of them: this provider
   * replaces the one above it, it does not add to it.
   */
  namespaces: readonly string[];
  children: ReactNode;
}

/**
 * Gives the client components below it only the messages they use. Every
 * message passed to a client provider is inlined into the page's HTML, so the
 * root layout passes just what the header and the error page need and each
 * page or section wraps its own client parts in one of these.
 * (lib/i18n/client-messages.test.ts checks that the lists cover what the
 * client components use.)
 */
export async function ClientMessages({ namespaces, children }: ClientMessagesProps) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
