import { describe, expect, it } from "vitest";
import * as z from "zod";
import { defineRule } from "../../engine/rule.js";
import { compilePolicy } from "../../rules/compile-policy.js";
import { definePolicy } from "../../rules/define-policy.js";
import { applyCaseCommand } from "./apply-command.js";
import { draftCaseCommand, evaluateCaseText, publishCaseCommand } from "./evaluate-draft.js";
import { openCase } from "./open.js";
import { caseIn, run, t } from "./test-fixtures.js";

// A real rule through the real engine: a reply may not tell the customer to calm down.
const calmDown = defineRule({
  id: "test/calm-down",
  meta: {
    norm: 2,
    docs: { description: "Never tell a customer to calm down." },
    defaultSeverity: "error",
    messages: {
      en: { calm: "Do not tell people to calm down." },
      es: { calm: "No pida a nadie que se calme." },
    },
  },
  options: z.strictObject({}),
  create: () => ({
    reply(ctx) {
      const folded = ctx.text.folded.text;
      for (const phrase of ["calmese", "cálmese", "calm down"]) {
        const at = folded.indexOf(phrase);
        if (at >= 0) ctx.report({ messageId: "calm", span: { start: at, end: at + phrase.length } });
      }
    },
    post(ctx) {
      if (ctx.text.folded.text.includes("calm down")) ctx.report({ messageId: "calm" });
    },
  }),
});

const compiled = compilePolicy(
  definePolicy(
    {
      brands: [
        { id: "acme-es", name: "Acme España", locale: "es-ES" },
        { id: "acme-en", name: "Acme UK", locale: "en-GB" },
      ],
      rules: { "test/calm-down": "error" },
    },
    { rules: [calmDown] },
  ),
  { rules: [calmDown] },
);

describe.each([
  ["es", "Lamentamos el retraso de su pedido.", "Cálmese, su pedido llegará."],
  ["en", "We are sorry your order is late.", "Calm down, your order will arrive."],
] as const)("drafts evaluated with the policy (%s)", (lang, good, bad) => {
  it("a clean draft's verdict is attached and accepted", () => {
    const state = caseIn("meditate", lang);
    const event = draftCaseCommand(compiled, state, { author: { id: "ana", roles: [] }, text: good });
    expect(event).toMatchObject({
      type: "draft",
      by: "ana",
      text: good,
      verdict: { ok: true, errorCount: 0 },
    });
    const result = applyCaseCommand(state, event, t(3));
    expect(result.accepted && result.state.phase).toBe("act");
  });

  it("a draft the policy flags is refused with mama/phase-skipped", () => {
    const state = caseIn("meditate", lang);
    const event = draftCaseCommand(compiled, state, { author: { id: "ana" }, text: bad });
    const result = applyCaseCommand(state, event, t(3));
    expect(result.accepted).toBe(false);
    if (!result.accepted)
      expect(result.refusal).toMatchObject({ code: "draft_has_errors", ruleId: "mama/phase-skipped" });
  });

  it("publishing the same text adds no verdict; a changed text is evaluated again", () => {
    const state = run(caseIn("meditate", lang), [
      [3, draftCaseCommand(compiled, caseIn("meditate", lang), { author: { id: "ana" }, text: good })],
    ]);
    const same = publishCaseCommand(compiled, state, { author: { id: "ana" }, text: good });
    expect(same).not.toHaveProperty("verdict");
    const changed = publishCaseCommand(compiled, state, { author: { id: "ana" }, text: bad, postId: "p1" });
    expect(changed).toMatchObject({ postId: "p1", verdict: { ok: false, errorCount: 1 } });
    const result = applyCaseCommand(state, changed, t(30));
    expect(!result.accepted && result.refusal.code).toBe("published_text_has_errors");
  });
});

describe("profile updates", () => {
  it("are evaluated as profile-update posts", () => {
    const state = openCase(
      { id: "p1", brand: "acme-en", by: "ana", subject: { kind: "profile-update", description: "New bio" } },
      t(0),
    );
    expect(
      evaluateCaseText(compiled, state, { author: { id: "ana" }, text: "Calm down, it is summer" })
        .errorCount,
    ).toBe(1);
    expect(evaluateCaseText(compiled, state, { author: { id: "ana" }, text: "Summer is here" }).ok).toBe(
      true,
    );
  });
});
