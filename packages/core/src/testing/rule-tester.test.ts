import { describe, expect, it } from "vitest";
import * as z from "zod";
import { defineRule } from "../engine/rule.js";
import { RuleTester, RuleTesterError } from "./rule-tester.js";

const noAllCaps = defineRule({
  id: "test/no-all-caps",
  meta: {
    norm: 2,
    docs: { description: "No shouting." },
    defaultSeverity: "warning",
    messages: { en: { caps: "Do not shout." }, es: { caps: "No escriba en mayúsculas." } },
  },
  options: z.strictObject({ minLetters: z.int().default(8) }),
  create: ({ options }) => ({
    reply(ctx) {
      const letters = ctx.text.source.replace(/[^\p{L}]/gu, "");
      if (letters.length >= options.minLetters && letters === letters.toUpperCase())
        ctx.report({
          messageId: "caps",
          span: { start: 0, end: ctx.text.source.length },
          suggestions: [
            {
              description: "lower",
              edits: [{ start: 0, end: ctx.text.source.length, text: ctx.text.source.toLowerCase() }],
            },
          ],
        });
    },
  }),
});

describe("RuleTester", () => {
  it("passes when every case gives what it expects, through the framework's describe and it", () => {
    const names: string[] = [];
    const tester = new RuleTester({
      describe: (name, body) => {
        names.push(`describe ${name}`);
        body();
      },
      it: (name, body) => {
        names.push(`it ${name}`);
        body();
      },
    });
    tester.run(noAllCaps, {
      valid: [
        "Gracias por escribir.",
        { text: "SHORT", lang: "en" },
        { text: "NO GRITE", options: { minLetters: 20 } },
      ],
      invalid: [
        { text: "NO ME GRITE", errors: ["caps"], output: "no me grite" },
        {
          text: "STOP SHOUTING",
          lang: "en",
          errors: [{ messageId: "caps", span: { start: 0, end: 13 }, severity: "warning" }],
        },
        { text: "EN UN POST", target: "post", errors: 0 },
      ],
    });
    expect(names).toContain("describe test/no-all-caps");
    expect(names).toContain("it NO ME GRITE");
    expect(names.filter((n) => n.startsWith("it "))).toHaveLength(6);
  });

  it("throws an assertion error with expected and actual when a valid text is reported", () => {
    const run = () => new RuleTester().run(noAllCaps, { valid: ["NO ME GRITE"], invalid: [] });
    expect(run).toThrow(RuleTesterError);
    try {
      run();
    } catch (error) {
      expect((error as RuleTesterError).name).toBe("AssertionError");
      expect((error as RuleTesterError).actual).toEqual([
        expect.objectContaining({ messageId: "caps", span: { start: 0, end: 11 } }),
      ]);
    }
  });

  it("fails on a wrong message id, span, count or fix output", () => {
    const tester = new RuleTester();
    const invalid = (c: object) => () =>
      tester.run(noAllCaps, { valid: [], invalid: [{ text: "NO ME GRITE", ...c } as never] });
    expect(invalid({ errors: ["other"] })).toThrow(/report 1/);
    expect(invalid({ errors: [{ messageId: "caps", span: { start: 1, end: 11 } }] })).toThrow(/report 1/);
    expect(invalid({ errors: 2 })).toThrow(/2 time/);
    expect(invalid({ errors: ["caps"], output: "NO ME GRITE" })).toThrow(/fixes/);
  });

  it("reports a rule that throws instead of passing it", () => {
    const broken = defineRule({
      ...noAllCaps,
      id: "test/broken",
      create: () => ({
        reply() {
          throw new Error("boom");
        },
      }),
    });
    expect(() => new RuleTester().run(broken, { valid: ["hola"], invalid: [] })).toThrow(/failed/);
  });
});
