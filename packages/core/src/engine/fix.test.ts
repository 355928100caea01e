import { describe, expect, it } from "vitest";
import type { Violation } from "../model/violation.js";
import { compilePolicy } from "../rules/compile-policy.js";
import { definePolicy } from "../rules/define-policy.js";
import { policyFor } from "../testing/rule-fixtures.js";
import { applyFixes, fixReply } from "./fix.js";

const violation = (start: number, end: number, text: string, safe = true, ruleId = "x/y"): Violation => ({
  ruleId,
  norm: 4,
  severity: "warning",
  messageId: "m",
  message: "m",
  span: { start, end },
  suggestions: [{ description: "d", edits: [{ start, end, text }], safe }],
  docsUrl: "",
});

describe("applyFixes", () => {
  it("applies safe edits from the end of the text backwards without shifting offsets", () => {
    const r = applyFixes("aa bb cc", [violation(0, 2, "A"), violation(6, 8, "CCC")]);
    expect(r.text).toBe("A bb CCC");
    expect(r.applied).toHaveLength(2);
  });

  it("leaves unsafe suggestions unless asked", () => {
    expect(applyFixes("aa bb", [violation(0, 2, "A", false)]).text).toBe("aa bb");
    expect(applyFixes("aa bb", [violation(0, 2, "A", false)], { safeOnly: false }).text).toBe("A bb");
  });

  it("defers an edit that overlaps one already taken", () => {
    const r = applyFixes("abcdef", [violation(0, 3, "X"), violation(2, 5, "Y")]);
    expect(r.text).toBe("Xdef");
    expect(r.deferred).toBe(1);
  });

  it("ignores edits outside the text", () => {
    expect(applyFixes("abc", [violation(2, 9, "X")]).text).toBe("abc");
  });
});

describe("fixReply", () => {
  const base = policyFor();
  const compiled = compilePolicy(
    definePolicy({
      extends: ["recommended", base],
      brands: [
        { id: "acme-es", name: "Acme España", locale: "es-ES", voice: { maxEmoji: 1, signOff: {} } },
        { id: "acme-en", name: "Acme UK", locale: "en-GB", voice: { signOff: {} } },
      ],
    }),
  );

  it("removes extra emoji and switches tú to usted in Spanish, then the verdict is clean of them", () => {
    const fixed = fixReply(compiled, {
      brand: "acme-es",
      author: { id: "a", roles: ["agent"], initials: "AG" },
      text: "Gracias por tu mensaje 😀😀😀😀 ^AG",
    });
    const left = fixed.verdict.violations.map((v) => v.ruleId);
    expect(left).not.toContain("voice/emoji");
    expect(left).not.toContain("voice/formality");
    expect(fixed.text).toContain("su mensaje");
    expect(fixed.passes).toBeGreaterThan(0);
  });

  it("adds a missing sign-off in English and never rewrites a promise", () => {
    const fixed = fixReply(compiled, {
      brand: "acme-en",
      author: { id: "a", roles: ["agent"], initials: "AG" },
      text: "We will refund you tomorrow.",
    });
    expect(fixed.text.startsWith("We will refund you tomorrow.")).toBe(true);
    expect(fixed.verdict.violations.map((v) => v.ruleId)).toContain("authority/commitment");
  });
});
