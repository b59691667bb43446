/** Guide anchors: every link the library emits is a `GuideAnchor` from `lib/guides/anchors.ts`. */
import type { GuideAnchor } from "../guides/anchors";
import type { CommonSection } from "./factors";
import type { PlatformProfile } from "./platforms";

/** `<platform guide>#<section>` for a section every platform guide has. */
export function platformAnchor(profile: PlatformProfile, section: CommonSection): GuideAnchor {
  return `${profile.guide}#${section}` as GuideAnchor;
}

/** The invitation section, on the two invitation-only products' guides (else `undefined`). */
export function invitationAnchor(profile: PlatformProfile): GuideAnchor | undefined {
  return profile.id === "weilidai" ? "weilidai#invitation" : profile.id === "mybank" ? "mybank#invitation" : undefined;
}
