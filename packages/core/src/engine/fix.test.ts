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

describe("fixReply with a view and a filter", () => {
  const compiled = compilePolicy(
    definePolicy({
      extends: ["recommended", policyFor()],
      brands: [
        { id: "acme-es", name: "Acme España", locale: "es-ES", voice: { maxEmoji: 0 } },
        { id: "acme-en", name: "Acme UK", locale: "en-GB", voice: { maxEmoji: 0 } },
      ],
    }),
  );
  const author = { id: "a", roles: ["agent"] };
  // A view that blanks `code` spans, as the CLI does for Markdown: same length, same offsets.
  const view = (text: string) => text.replace(/`[^`]*`/g, (m) => " ".repeat(m.length));

  it("checks the view and edits the text itself, in Spanish and English", () => {
    for (const [brand, text] of [
      ["acme-es", "Gracias 😀 por escribir `😀 código` hoy."],
      ["acme-en", "Thanks 😀 for writing `😀 code` today."],
    ] as const) {
      const fixed = fixReply(compiled, { brand, author, text }, { view });
      expect(fixed.text).toContain("`😀 "); // the emoji inside code is not prose: untouched
      expect(fixed.text.indexOf("😀")).toBe(fixed.text.indexOf("`") + 1);
    }
  });

  it("leaves violations the filter refuses, and gives it the text of each pass", () => {
    const seen: string[] = [];
    const fixed = fixReply(
      compiled,
      { brand: "acme-en", author, text: "Thanks 😀 for writing." },
      {
        fixable: (v, text) => {
          seen.push(text);
          return v.ruleId !== "voice/emoji";
        },
      },
    );
    expect(fixed.text).toContain("😀");
    expect(seen[0]).toBe("Thanks 😀 for writing.");
  });

  it("refuses a view that changes the length of the text", () => {
    expect(() =>
      fixReply(compiled, { brand: "acme-en", author, text: "Hi" }, { view: (t) => `${t} ` }),
    ).toThrow(/keep the length/);
  });
});
