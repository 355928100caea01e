import { describe, expect, it } from "vitest";
import { evaluateReply } from "../engine/evaluate.js";
import type { BuiltinRuleId } from "./catalogue.js";
import { builtinRules, isBuiltinViolation } from "./catalogue.js";
import { compilePolicy } from "./compile-policy.js";
import { definePolicy } from "./define-policy.js";

describe("the built-in catalogue's types", () => {
  it("narrows a violation's message id by its rule id", () => {
    const compiled = compilePolicy(
      definePolicy({
        extends: "recommended",
        brands: [{ id: "b", name: "B", locale: "es-ES", voice: { maxEmoji: 0 } }],
      }),
    );
    const [v] = evaluateReply(compiled, {
      brand: "b",
      author: { id: "a", roles: [] },
      text: "Gracias 😊",
    }).violations;
    expect(v && isBuiltinViolation(v)).toBe(true);
    if (v && isBuiltinViolation(v) && v.ruleId === "voice/emoji") {
      const id: "tooMany" | "none" | "banned" = v.messageId;
      expect(id).toBe("none");
      // @ts-expect-error not a message of voice/emoji
      expect(v.messageId === "insult").toBe(false);
    }
  });

  it("lists every built-in id in the BuiltinRuleId type", () => {
    const ids: readonly BuiltinRuleId[] = builtinRules.map((r) => r.id);
    // @ts-expect-error a misspelt rule id is not a BuiltinRuleId
    const typo: BuiltinRuleId = "voice/emjoi";
    expect(ids).not.toContain(typo);
  });

  it("refuses misspelt presets, locales, rule ids and options at compile time", () => {
    const brand = { id: "b", name: "B", locale: "es-ES" } as const;
    // Never called: each line must fail the typecheck (an unused @ts-expect-error fails it too).
    const typos = () => [
      // @ts-expect-error a misspelt preset
      definePolicy({ extends: "recomended", brands: [brand] }),
      // @ts-expect-error a misspelt rule id
      definePolicy({ rules: { "voice/formalty": "error" }, brands: [brand] }),
      // @ts-expect-error a misspelt option of a built-in rule
      definePolicy({ rules: { "respect/insult": { options: { alow: [] } } }, brands: [brand] }),
      // @ts-expect-error a locale with an underscore
      definePolicy({ brands: [{ ...brand, locale: "es_ES" }] }),
      // @ts-expect-error a language normas does not know
      definePolicy({ brands: [{ ...brand, locale: "fr-FR" }] }),
    ];
    expect(typeof typos).toBe("function");
  });

  it("reports every problem of a policy at once at run time, with did-you-mean", () => {
    let issues: readonly { code: string; message: string }[] = [];
    try {
      definePolicy({
        extends: "recomended",
        rules: { "voice/formalty": "error", "respect/insult": { options: { alow: [] } } },
        brands: [
          { id: "b", name: "B", locale: "es_ES" },
          { id: "b", name: "C", locale: "en-GB" },
        ],
      } as never);
    } catch (error) {
      issues = (error as { issues: typeof issues }).issues;
    }
    expect(issues.map((i) => i.code).sort()).toEqual(
      ["duplicate_id", "invalid_locale", "unknown_extends", "unknown_key", "unknown_rule"].sort(),
    );
    const message = (code: string) => issues.find((i) => i.code === code)?.message ?? "";
    expect(message("unknown_extends")).toContain('Did you mean "recommended"?');
    expect(message("unknown_rule")).toContain('Did you mean "voice/formality"?');
    expect(message("invalid_locale")).toContain('Did you mean "es-ES"?');
  });
});
