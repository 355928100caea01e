import { describe, expect, it } from "vitest";
import { evaluateReply } from "../../engine/evaluate.js";
import { compilePolicy } from "../compile-policy.js";
import { definePolicy } from "../define-policy.js";

// The example of the "Voice" section of docs/guide/not-the-company.{en,es}.md, run for real.
const compiled = compilePolicy(
  definePolicy({
    extends: "recommended",
    channels: { x: { maxLength: 280, urlLength: 23 } },
    brands: [
      {
        id: "acme-es",
        name: "Acme España",
        locale: "es-ES" as const,
        voice: { address: "usted", maxEmoji: 1, bannedEmoji: ["🙄"], signOff: { template: "^{initials}" } },
        terms: {
          banned: [{ term: "barato", inflect: true }],
          preferred: [
            { use: "incidencia", insteadOf: [{ term: "problema", inflect: true }] },
            { use: "mensaje privado", insteadOf: ["DM"] },
          ],
        },
      },
    ],
  }),
);

describe("the voice guide's example", () => {
  it("reports formality, preferred term, emoji and sign-off, each with a fix (Spanish)", () => {
    const verdict = evaluateReply(compiled, {
      brand: "acme-es",
      channel: "x",
      author: { id: "mg", roles: ["agent"], initials: "MG" },
      text: "¡Hola! Escríbenos por DM y te ayudamos 😊🙏",
    });
    const voice = verdict.violations.filter((v) => v.ruleId.startsWith("voice/"));
    expect(voice.map((v) => `${v.ruleId} ${v.excerpt ?? ""}`)).toEqual([
      "voice/formality Escríbenos",
      "voice/preferred-term DM",
      "voice/formality te",
      "voice/emoji 🙏",
      "voice/sign-off ",
    ]);
    expect(voice.every((v) => (v.suggestions?.length ?? 0) > 0)).toBe(true);
    expect(verdict.ok).toBe(false);
  });

  it("passes the corrected reply (Spanish)", () => {
    const verdict = evaluateReply(compiled, {
      brand: "acme-es",
      channel: "x",
      author: { id: "mg", roles: ["agent"], initials: "MG" },
      text: "¡Hola! Escríbanos por mensaje privado y le ayudamos 😊 ^MG",
    });
    expect(verdict.violations.filter((v) => v.ruleId.startsWith("voice/"))).toEqual([]);
  });
});
