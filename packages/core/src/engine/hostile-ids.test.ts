import { describe, expect, it } from "vitest";
import { InputError, PolicyError } from "../model/errors.js";
import { evaluateModeration } from "../moderation/evaluate-moderation.js";
import { compilePolicy } from "../rules/compile-policy.js";
import { definePolicy } from "../rules/define-policy.js";
import { evaluateReply } from "./evaluate.js";

const brand = { id: "constructor", name: "Acme", locale: "es-ES" as const };

describe("ids named like prototype keys", () => {
  const compiled = compilePolicy(
    definePolicy({
      extends: "recommended",
      roles: { constructor: { name: "Supervisor", may: ["refund" as const] } },
      channels: { constructor: { maxLength: 280 } },
      brands: [brand],
    }),
  );

  it("reads a role, a channel and a brand named `constructor` as any other", () => {
    const verdict = evaluateReply(compiled, {
      brand: "constructor",
      channel: "constructor",
      author: { id: "ana", roles: ["constructor"] },
      text: "Le devolveremos el dinero.",
    });
    expect(verdict.violations.map((v) => v.ruleId)).not.toContain("voice/length");
    expect(verdict.violations.map((v) => v.ruleId)).not.toContain("authority/commitment");
  });

  it("does not take Object.prototype for an unknown role or channel named like one of its keys", () => {
    const verdict = evaluateReply(compiled, {
      brand: "constructor",
      channel: "valueof",
      author: { id: "ana", roles: ["tostring", "hasownproperty"] },
      text: "Te devolveremos el dinero.",
    });
    expect(verdict.violations.map((v) => v.ruleId)).toContain("authority/commitment");
    expect(verdict.violations.some((v) => v.message.includes("function"))).toBe(false);
  });

  it("refuses a `__proto__` key with its path instead of losing the setting", () => {
    const roles = JSON.parse('{"__proto__": {"name": "R", "may": ["refund"]}}');
    try {
      definePolicy({ roles, brands: [brand] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).issues[0]?.path).toEqual(["roles", "__proto__"]);
    }
  });

  it("refuses `extends` naming Object's own keys as an unknown policy", () => {
    // @ts-expect-error not a preset nor a named policy: refused by type too
    expect(() => definePolicy({ extends: "constructor", brands: [brand] }, { policies: {} })).toThrow(
      PolicyError,
    );
  });
});

describe("numbers that are not finite", () => {
  const compiled = compilePolicy(definePolicy({ extends: "recommended", brands: [brand] }));
  it("says `a finite number` for followers: NaN or Infinity, in English and Spanish", () => {
    for (const followers of [Number.NaN, Number.POSITIVE_INFINITY]) {
      try {
        evaluateModeration(compiled, {
          brand: "constructor",
          author: { id: "ana" },
          comment: { text: "hola", author: { followers } },
          action: "hide",
        });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        const issue = (error as InputError).issues[0];
        expect(issue?.path).toEqual(["comment", "author", "followers"]);
        expect(issue?.message).toBe(`Expected a finite number, but got ${String(followers)}.`);
      }
    }
  });
});
