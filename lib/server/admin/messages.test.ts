import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/i18n/messages/testing";
import { AUDIT_ACTIONS } from "./audit-actions";
import { REVEAL_FIELD_IDS } from "@/lib/validation/admin";

const { zh } = catalogue("admin");

describe("messages: admin", () => {
  it("names every audit action and every revealable field", () => {
    for (const action of Object.values(AUDIT_ACTIONS)) expect(zh.get(`audit.actions.${action.replaceAll(".", "_")}`), action).toBeTypeOf("string");
    for (const field of REVEAL_FIELD_IDS) expect(zh.get(`fields.${field}`), field).toBeTypeOf("string");
  });
});
