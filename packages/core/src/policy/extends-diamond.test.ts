import { describe, expect, it } from "vitest";
import { PolicyError } from "../model/errors.js";
import { definePolicy } from "../rules/define-policy.js";
import type { PolicyDefinition } from "./define-policy.js";

const brand = { id: "acme-es", name: "Acme España", locale: "es-ES" };

describe("definePolicy: extends references expand once", () => {
  it("expands a policy named by many others once (40 levels of diamonds, 2^40 paths)", () => {
    // p0 extends [p1, p2], p1 extends [p2, p3], …: expanded per reference this is a Fibonacci blow-up.
    const policies: Record<string, PolicyDefinition> = {};
    const levels = 40;
    for (let i = 0; i < levels; i++) {
      const next = [i + 1, i + 2].filter((k) => k < levels).map((k) => `p${k}`);
      policies[`p${i}`] = {
        extends: next,
        rules: { "voice/length": i === levels - 1 ? "error" : "warn" },
      };
    }
    const policy = definePolicy({ extends: "p0", brands: [brand] }, { policies });
    // The first layer written is the deepest base; p0's own setting comes last and wins.
    expect(policy.rules["voice/length"]).toEqual({ level: "warn" });
  });

  it("keeps the first place of a repeated reference, so a later layer still overrides it", () => {
    const policies: Record<string, PolicyDefinition> = {
      base: { rules: { "voice/length": "off" } },
      left: { extends: "base", rules: { "voice/length": "error" } },
      right: { extends: "base" },
    };
    const policy = definePolicy({ extends: ["left", "right"], brands: [brand] }, { policies });
    expect(policy.rules["voice/length"]).toEqual({ level: "error" });
  });

  it("still reports a cycle", () => {
    const policies: Record<string, PolicyDefinition> = { a: { extends: "b" }, b: { extends: "a" } };
    expect(() => definePolicy({ extends: "a", brands: [brand] }, { policies })).toThrow(PolicyError);
  });
});
