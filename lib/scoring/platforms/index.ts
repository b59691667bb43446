/** The five platform profiles, by id. */
import type { PlatformId } from "../constants";
import { GENERIC } from "./generic";
import { HUABEI } from "./huabei";
import { JIEBEI } from "./jiebei";
import { MYBANK } from "./mybank";
import type { PlatformProfile } from "./types";
import { WEILIDAI } from "./weilidai";

export const PLATFORM_PROFILES: Readonly<Record<PlatformId, PlatformProfile>> = {
  generic: GENERIC,
  jiebei: JIEBEI,
  huabei: HUABEI,
  mybank: MYBANK,
  weilidai: WEILIDAI,
};

export type { PlatformProfile } from "./types";
