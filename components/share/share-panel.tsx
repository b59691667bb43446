import { getOwner } from "@/lib/server/owner/current-owner";
import { listShareLinks } from "@/lib/server/share/list-share-links";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LazySharePanelClient } from "./lazy-share-panel-client";

export interface SharePanelProps {
  /** The assessment to share; the current visitor must own it (others see an empty panel and get NOT_FOUND). */
  assessmentId: string;
}

/**
 * "Share this result": options, create, the new link with a QR code and a copy
 * button, and the list of this assessment's links with revoke. Self-contained:
 * mount it in any server component of a page the owner sees.
 */
export async function SharePanel({ assessmentId }: SharePanelProps) {
  const owner = await getOwner();
  const links = owner ? await listShareLinks({ owner, assessmentId }) : [];
  return (
    <ClientMessages namespaces={["share", "common.validation"]}>
      <LazySharePanelClient assessmentId={assessmentId} links={links} />
    </ClientMessages>
  );
}
