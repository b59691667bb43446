import { describe, expect, it } from "vitest";
import { pickMessages } from "./pick-messages";

const catalogue = {
  common: { nav: { home: "Home" }, errors: { title: "Oops" }, validation: { required: "Required" } },
  check: { title: "Check", steps: { a: "A" } },
  share: { panel: { title: "Share" } },
};

describe("pickMessages", () => {
  it("keeps whole namespaces and single paths inside others", () => {
    expect(pickMessages(catalogue, ["check", "common.validation"])).toEqual({
      check: catalogue.check,
      common: { validation: { required: "Required" } },
    });
  });

  it("merges several paths of one namespace", () => {
    expect(pickMessages(catalogue, ["common.nav", "common.errors"])).toEqual({
      common: { nav: { home: "Home" }, errors: { title: "Oops" } },
    });
  });

  it("a wider path wins over a narrower one, in either order", () => {
    expect(pickMessages(catalogue, ["common.nav", "common"])).toEqual({ common: catalogue.common });
    expect(pickMessages(catalogue, ["common", "common.nav"])).toEqual({ common: catalogue.common });
  });

  it("skips paths that do not exist and never modifies the catalogue", () => {
    const before = JSON.stringify(catalogue);
    expect(pickMessages(catalogue, ["nope", "common.nope", "check.title.deeper"])).toEqual({});
    pickMessages(catalogue, ["common", "common.nav", "share.panel"]);
    expect(JSON.stringify(catalogue)).toBe(before);
  });
});
