import { describe, expect, it } from "vitest";
import * as z from "zod";
import { InputError, PolicyError } from "../model/errors.js";
import { evaluateModeration } from "../moderation/evaluate-moderation.js";
import { builtinRules } from "../rules/catalogue.js";
import { compilePolicy } from "../rules/compile-policy.js";
import { definePolicy } from "../rules/define-policy.js";
import { policyFor } from "../testing/rule-fixtures.js";
import { evaluatePost, evaluateReply } from "./evaluate.js";
import { defineRule } from "./rule.js";

// A small custom rule, as a user would write one: flags a word from its options, with a fix.
const noWord = defineRule({
  id: "test/no-word",
  meta: {
    norm: 2,
    docs: { description: "Flags a configured word." },
    defaultSeverity: "error",
    messages: {
      en: { found: 'Avoid "{word}".' },
      es: { found: "Evite «{word}»." },
    },
  },
  options: z.strictObject({
    word: z.string().default("cálmese"),
    replacement: z.string().default("entendemos"),
  }),
  create: ({ options }) => {
    const check = (ctx: { text: { source: string }; report: (d: never) => void }) => {
      const at = ctx.text.source.toLowerCase().indexOf(options.word);
      if (at === -1) return;
      const span = { start: at, end: at + options.word.length };
      ctx.report({
        messageId: "found",
        data: { word: options.word },
        span,
        suggestions: [{ description: "replace", edits: [{ ...span, text: options.replacement }] }],
      } as never);
    };
    return { reply: check, post: check, moderation: check };
  },
});

const boom = defineRule({
  id: "test/boom",
  meta: {
    norm: 2,
    docs: { description: "Always throws." },
    defaultSeverity: "warning",
    messages: { en: {}, es: {} },
  },
  options: z.strictObject({}),
  create: () => ({
    reply() {
      throw new Error("kaput");
    },
  }),
});

const compiled = compilePolicy(
  definePolicy(
    { extends: policyFor({}, [noWord, boom]), rules: { "test/no-word": "error" } },
    { rules: [noWord, boom] },
  ),
  { rules: [noWord, boom] },
);
const author = { id: "ana", roles: ["agent"] };

describe("evaluateReply", () => {
  it("reports a violation with its span in the caller's text, a message in the text's language and a fix", () => {
    const text = "Por favor, cálmese.";
    const verdict = evaluateReply(compiled, { brand: "acme-es", author, text });
    expect(verdict.ok).toBe(false);
    expect(verdict.errorCount).toBe(1);
    const v = verdict.violations[0];
    expect(v).toMatchObject({
      ruleId: "test/no-word",
      severity: "error",
      message: "Evite «cálmese».",
      norm: 2,
    });
    expect(text.slice(v?.span?.start, v?.span?.end)).toBe("cálmese");
    expect(v?.excerpt).toBe("cálmese");
    expect(v?.suggestions?.[0]?.edits[0]?.text).toBe("entendemos");
    expect(v?.docsUrl).toBe("docs/rules/test/no-word.md");
  });

  it("writes the message in English for an English brand", () => {
    const verdict = evaluateReply(compiled, { brand: "acme-en", author, text: "Please cálmese." });
    expect(verdict.violations[0]?.message).toBe('Avoid "cálmese".');
  });

  it("passes a clean reply, in both languages", () => {
    expect(evaluateReply(compiled, { brand: "acme-es", author, text: "Gracias por escribirnos." }).ok).toBe(
      true,
    );
    expect(evaluateReply(compiled, { brand: "acme-en", author, text: "Thanks for writing to us." }).ok).toBe(
      true,
    );
  });

  it("returns plain serialisable data", () => {
    const verdict = evaluateReply(compiled, { brand: "acme-es", author, text: "cálmese" });
    expect(JSON.parse(JSON.stringify(verdict))).toEqual(verdict);
  });

  it("turns a throwing rule into an internal violation and still runs the others", () => {
    const c = compilePolicy(
      definePolicy(
        { extends: policyFor({}, [noWord, boom]), rules: { "test/boom": "warn", "test/no-word": "error" } },
        {
          rules: [noWord, boom],
        },
      ),
      { rules: [noWord, boom] },
    );
    const verdict = evaluateReply(c, { brand: "acme-es", author, text: "cálmese" });
    expect(verdict.violations.map((v) => v.ruleId).sort()).toEqual(["internal", "test/no-word"]);
    const internal = verdict.violations.find((v) => v.ruleId === "internal");
    expect(internal).toMatchObject({ severity: "error", evidence: { rule: "test/boom", error: "kaput" } });
    expect(internal?.message).toContain("test/boom");
  });

  it("uses per-brand settings over organisation settings", () => {
    const c = compilePolicy(
      definePolicy(
        {
          extends: policyFor({}, [noWord]),
          rules: { "test/no-word": "error" },
          brands: [{ id: "acme-tu", name: "Acme Joven", locale: "es-ES", rules: { "test/no-word": "off" } }],
        },
        { rules: [noWord] },
      ),
      { rules: [noWord] },
    );
    expect(evaluateReply(c, { brand: "acme-tu", author, text: "cálmese" }).ok).toBe(true);
    expect(evaluateReply(c, { brand: "acme-es", author, text: "cálmese" }).ok).toBe(false);
  });
});

describe("bad input", () => {
  const inputErrorOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return error as InputError;
    }
    throw new Error("expected an InputError");
  };

  it("refuses a missing text and a wrong type with their paths", () => {
    const e = inputErrorOf(() => evaluateReply(compiled, { brand: "acme-es", author } as never));
    expect(e.code).toBe("INPUT_INVALID");
    expect(e.issues[0]).toMatchObject({ pathText: "text", message: "This field is required." });
    const e2 = inputErrorOf(() =>
      evaluateReply(compiled, { brand: "acme-es", author: { id: 7 }, text: "x" } as never),
    );
    expect(e2.issues[0]).toMatchObject({
      pathText: "author.id",
      message: "Expected text, but got a number.",
    });
  });

  it("refuses an unknown key and an unknown brand", () => {
    const e = inputErrorOf(() =>
      evaluateReply(compiled, { brand: "acme-es", author, text: "x", colour: 1 } as never),
    );
    expect(e.issues[0]).toMatchObject({ code: "unknown_key", pathText: "colour" });
    const e2 = inputErrorOf(() => evaluateReply(compiled, { brand: "nope", author, text: "x" }));
    expect(e2.issues[0]).toMatchObject({ code: "unknown_brand", pathText: "brand" });
    expect(e2.message).toContain("acme-es");
  });

  it("refuses a 1 MB text with a clear error instead of working on it", () => {
    const e = inputErrorOf(() =>
      evaluateReply(compiled, { brand: "acme-es", author, text: "a".repeat(1_000_000) }),
    );
    expect(e.issues[0]).toMatchObject({ code: "too_big", pathText: "text" });
  });

  it("evaluates text with lone surrogates without crashing, spans inside the text", () => {
    const text = "\uD800 cálmese \uDC00";
    const verdict = evaluateReply(compiled, { brand: "acme-es", author, text });
    expect(verdict.violations[0]?.span).toEqual({ start: 2, end: 9 });
  });

  it("refuses something that is not a compiled policy", () => {
    expect(() =>
      evaluateReply({ policy: {}, rules: [] } as never, { brand: "a", author, text: "x" }),
    ).toThrow(PolicyError);
  });
});

describe("evaluatePost and evaluateModeration", () => {
  it("check a post and a moderated comment with the same rules, spans in their own texts", () => {
    const post = evaluatePost(compiled, {
      brand: "acme-es",
      author,
      text: "¡Cálmese y compre!",
      kind: "promotional",
    });
    expect(post.violations[0]?.span).toEqual({ start: 1, end: 8 });
    const mod = evaluateModeration(compiled, {
      brand: "acme-es",
      author,
      comment: { text: "Oiga, cálmese usted" },
      action: "delete",
    });
    expect(mod.violations[0]?.excerpt).toBe("cálmese");
  });

  it("refuses an unknown moderation action", () => {
    expect(() =>
      evaluateModeration(compiled, {
        brand: "acme-es",
        author,
        comment: { text: "x" },
        action: "burn",
      } as never),
    ).toThrow(/action/);
  });
});

describe("custom rules", () => {
  it("replaces a built-in rule given again under the same id, so it reports once", () => {
    const builtin = builtinRules.find((r) => r.id === "voice/formality");
    if (builtin === undefined) throw new Error("voice/formality is missing from the catalogue");
    const compiled2 = compilePolicy(
      definePolicy({ extends: policyFor(), rules: { "voice/formality": "error" } }, { rules: [builtin] }),
      { rules: [builtin] },
    );
    const verdict = evaluateReply(compiled2, { brand: "acme-es", author, text: "¿Puedes escribirnos?" });
    expect(verdict.violations.filter((v) => v.ruleId === "voice/formality")).toHaveLength(1);
  });
});
