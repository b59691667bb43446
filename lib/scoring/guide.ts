/** Guide anchors: every link the library emits is a `GuideAnchor` from `lib/guides/anchors.ts`. */
import type { GuideAnchor } from "../guides/anchors";
import type { CommonSection } from "./factors";
import type { PlatformProfile } from "./platforms";

/** `<platform guide>#<section>` for a section every platform guide has. */
export function platformAnchor(profile: PlatformProfile, section: CommonSection): GuideAnchor {
  return `${profile.guide}#${section}` as GuideAnchor;
}
