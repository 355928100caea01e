import { describe, expect, it } from "vitest";
import type { ModerationInput } from "../../engine/moderation-input.js";
import { evaluateModeration } from "../../moderation/evaluate-moderation.js";
import { policyFor } from "../../testing/rule-fixtures.js";
import { compilePolicy } from "../compile-policy.js";
import { deleteDissentRule } from "./delete-dissent.js";

// The rule is built in: compile it from the catalogue (passing it again as a custom rule would compile it twice).
function checkModeration(input: ModerationInput, options?: Record<string, unknown>) {
  const policy = policyFor({
    rules: { [deleteDissentRule.id]: options === undefined ? "error" : { level: "error", options } },
  });
  return evaluateModeration(compilePolicy(policy), input).violations.filter(
    (v) => v.ruleId === deleteDissentRule.id || v.ruleId === "internal",
  );
}

const check = (
  text: string,
  action: "keep" | "reply" | "hide" | "delete" | "ban",
  extra: {
    brand?: string;
    reason?: { ground?: "spam" | "harassment"; note?: string };
    options?: Record<string, unknown>;
  } = {},
) =>
  checkModeration(
    {
      brand: extra.brand ?? "acme-es",
      author: { id: "mod", roles: [] },
      comment: { text },
      action,
      ...(extra.reason === undefined ? {} : { reason: extra.reason }),
    },
    extra.options,
  );

describe("respect/delete-dissent", () => {
  it("refuses deleting harsh Spanish criticism and suggests replying", () => {
    const [v, ...rest] = check("Sois unos incompetentes, pésimo servicio. No vuelvo.", "delete");
    expect(rest).toEqual([]);
    expect(v?.severity).toBe("error");
    expect(v?.messageId).toBe("dissent");
    expect(v?.message).toContain("borrar");
    expect(v?.message).toContain("Respóndalo");
    expect(v?.message).toContain("negativa");
    expect(v?.evidence?.checked).toEqual([
      "spam",
      "personal-data",
      "harassment",
      "hate",
      "threat",
      "sexual",
      "illegal",
    ]);
  });

  it("refuses hiding or banning English criticism, boycotts and caps", () => {
    for (const text of ["Boycott this brand!", "WORST SERVICE EVER", "One star. Never again."]) {
      for (const action of ["hide", "ban"] as const) {
        const [v] = check(text, action, { brand: "acme-en" });
        expect(v?.messageId, `${action}: ${text}`).toBe("dissent");
        expect(v?.message).toContain("Reply to it instead");
      }
    }
  });

  it("always allows keeping and replying, in both languages", () => {
    expect(check("Sois unos gilipollas", "keep")).toEqual([]);
    expect(check("Sois unos gilipollas", "reply")).toEqual([]);
    expect(check("Terrible service", "reply", { brand: "acme-en" })).toEqual([]);
  });

  it("allows removing a comment with an allowed ground", () => {
    expect(check("Eres un gilipollas", "delete")).toEqual([]);
    expect(check("Check my profile for free followers!", "ban", { brand: "acme-en" })).toEqual([]);
  });

  it("allows only hiding personal data, with masked evidence and excerpt", () => {
    expect(check("Escribidme a maria.lopez82@gmail.com", "hide")).toEqual([]);
    const violations = check("Escribidme a maria.lopez82@gmail.com", "delete");
    expect(violations).toHaveLength(1);
    const [v] = violations;
    expect(v?.messageId).toBe("tooStrong");
    expect(v?.message).toContain("datos personales");
    expect(v?.message).toContain("sin esos datos");
    expect(v?.excerpt).toBe("m•••@•••.com");
    expect(JSON.stringify(violations)).not.toContain("maria.lopez82");
  });

  it("never echoes personal data in English messages either", () => {
    const violations = check("My card 4111 1111 1111 1111 and phone +44 7700 900 456", "delete", {
      brand: "acme-en",
    });
    const json = JSON.stringify(violations);
    expect(json).not.toContain("4111 1111 1111 1111");
    expect(json).not.toContain("7700 900 456");
    expect(violations[0]?.message).toContain("Hide it and ask the author");
  });

  it("allows removing a threat without a refusal (the escalation note is respect/escalate-removal's)", () => {
    expect(check("Te voy a matar", "delete")).toEqual([]);
    expect(check("I know where you live", "ban", { brand: "acme-en" })).toEqual([]);
  });

  it("accepts a declared ground without evidence as a warning by default", () => {
    const [v] = check("No me gusta vuestro nuevo logo", "hide", { reason: { ground: "spam" } });
    expect(v?.severity).toBe("warning");
    expect(v?.messageId).toBe("declaredWithoutEvidence");
    expect(v?.evidence?.declared).toBe("spam");
  });

  it("can accept declared grounds silently, or reject them", () => {
    const text = "I don't like your new logo";
    expect(
      check(text, "hide", {
        brand: "acme-en",
        reason: { ground: "spam" },
        options: { declaredWithoutEvidence: "accept" },
      }),
    ).toEqual([]);
    const [v] = check(text, "hide", {
      brand: "acme-en",
      reason: { ground: "spam" },
      options: { declaredWithoutEvidence: "reject" },
    });
    expect(v?.severity).toBe("error");
    expect(v?.messageId).toBe("declaredRejected");
  });

  it("lets a policy change which actions a ground allows", () => {
    const options = { allow: { harassment: ["hide"] } };
    expect(check("Eres un gilipollas", "hide", { options })).toEqual([]);
    const [v] = check("Eres un gilipollas", "delete", { options });
    expect(v?.messageId).toBe("tooStrong");
    expect(v?.message).toContain("acoso");
  });
});
