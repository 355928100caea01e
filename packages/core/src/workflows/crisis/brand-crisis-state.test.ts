import { describe, expect, it } from "vitest";
import { BrandCrisisStateSchema } from "../../engine/crisis-input.js";
import { brandCrisisState } from "./brand-crisis-state.js";
import { standardProtocol } from "./standard-protocol.js";
import { drive, pathTo } from "./testing.js";

describe("brandCrisisState", () => {
  it("is inactive while monitoring", () => {
    const b = brandCrisisState(standardProtocol, drive(standardProtocol, []));
    expect(b.active).toBe(false);
    expect(b.publishingPaused).toBe(false);
  });

  it("gives evaluation the topics, pause, roles allowed and the statements usable in containment, per language", () => {
    const b = brandCrisisState(standardProtocol, drive(standardProtocol, pathTo("containment", "sev1")));
    expect(b).toMatchObject({
      active: true,
      crisisId: "c1",
      state: "containment",
      severity: "sev1",
      topics: ["retraso", "delay"],
      publishingPaused: true,
      rolesAllowed: ["crisis-lead", "communications"],
    });
    expect(b.approvedMessages.map((m) => `${m.id}/${m.locale}`)).toEqual([
      "holding-investigating/en",
      "holding-investigating/es",
      "holding-contact/en",
      "holding-contact/es",
    ]);
    expect(BrandCrisisStateSchema.parse(b)).toEqual(b);
  });
});
