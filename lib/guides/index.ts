/**
 * Public guides: the anchor contract (`anchors.ts`) and the texts
 * (`content/`). Import from `@/lib/guides`.
 */

export * from "./anchors";
export * from "./content";
