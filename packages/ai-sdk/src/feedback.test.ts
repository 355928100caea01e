import { evaluateReply } from "@normas/core";
import { describe, expect, test } from "vitest";
import { compiled, en, es } from "../test/helpers.js";
import { repairFeedback } from "./feedback.js";

describe("repair feedback", () => {
  test("lists each violation with its words, span, message and fix, in English", () => {
    const text = "We will refund you in full tomorrow 😀😀.";
    const { violations } = evaluateReply(compiled, { ...en, text });
    const feedback = repairFeedback(text, violations, "en", "Acme UK");
    const lines = feedback.split("\n");
    expect(lines[0]).toContain("community guidelines of Acme UK");
    const promise = violations.find((v) => v.ruleId === "authority/commitment");
    const { start, end } = promise?.span ?? { start: -1, end: -1 };
    expect(feedback).toContain(
      `“${text.slice(start, end)}” (characters ${start}–${end}, rule authority/commitment):`,
    );
    expect(feedback).toMatch(/rule voice\/emoji\): 2 emoji; this brand allows at most 1\./);
    expect(feedback).toContain("Suggested fix: Remove the extra emoji.");
    expect(feedback).toContain("The reply as a whole (rule voice/sign-off)");
    expect(lines.at(-1)).toBe("Answer with the corrected reply only, without comments.");
  });

  test("is written in Spanish for a Spanish brand, quoting the fix", () => {
    const text = "¿Puedes enviarnos el número de pedido?";
    const { violations } = evaluateReply(compiled, { ...es, text });
    const feedback = repairFeedback(text, violations, "es", "Acme España");
    expect(feedback).toContain("Tu respuesta incumple las normas de comunidad de Acme España");
    expect(feedback).toContain("«Puedes» (caracteres 1–7, regla voice/formality)");
    expect(feedback).toContain("Corrección sugerida: Cambiar «Puedes» por «Puede»: «Puede»\n");
    expect(feedback.split("\n").at(-1)).toBe("Responde solo con la respuesta corregida, sin comentarios.");
  });
});
