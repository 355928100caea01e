import { describe, expect, it } from "vitest";
import { applyFirstFixes, checkReply, excerpts } from "../../testing/rule-fixtures.js";
import { emojiBase, emojiRule } from "./emoji.js";

const policy = {
  brands: [
    {
      id: "acme-es",
      name: "Acme España",
      locale: "es-ES" as const,
      voice: { maxEmoji: 1, bannedEmoji: ["🙄", "👎"] },
    },
    { id: "acme-en", name: "Acme UK", locale: "en-GB" as const, voice: { maxEmoji: 0 } },
  ],
};
const check = (text: string, brand = "acme-es") => checkReply(emojiRule, { brand, text }, { policy });

describe("voice/emoji", () => {
  it("counts emoji as people see them: skin tones, ZWJ families and flags are one each", () => {
    expect(check("Gracias 👍🏽")).toEqual([]);
    expect(check("Enhorabuena 👨‍👩‍👧")).toEqual([]);
    expect(check("Le esperamos 🇪🇸")).toEqual([]);
  });

  it("reports emoji over the limit with one fix that removes the extra ones", () => {
    const text = "Gracias 😊 de verdad 🙏 y hasta pronto 🎉";
    const v = check(text);
    expect(v).toHaveLength(1);
    expect(v[0]?.message).toBe("3 emojis; esta marca admite como mucho 1.");
    expect(v[0]?.span).toEqual({ start: 21, end: 41 });
    expect(applyFirstFixes(text, v)).toBe("Gracias 😊 de verdad y hasta pronto");
  });

  it("reports banned emoji in every skin tone and presentation", () => {
    expect(excerpts(check("Entendemos su queja 👎🏽"))).toEqual(["👎🏽"]);
    expect(emojiBase("👍🏿")).toBe("👍");
    expect(emojiBase("❤️")).toBe("❤");
  });

  it("does not count emoticons or text symbols", () => {
    expect(check("Gracias :) Lumbre® y Lumbre Hogar™ ©2026")).toEqual([]);
  });

  it("says the brand uses no emoji when the limit is 0 (English)", () => {
    const v = check("Thank you 😊", "acme-en");
    expect(v[0]?.message).toBe("This brand does not use emoji.");
  });

  it("is silent for a brand with no limit and no banned emoji", () => {
    expect(checkReply(emojiRule, { brand: "acme-tu", text: "🔥🔥🔥🔥🔥" })).toEqual([]);
  });
});
