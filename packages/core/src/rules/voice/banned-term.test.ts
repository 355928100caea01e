import { describe, expect, it } from "vitest";
import { checkPost, checkReply, excerpts } from "../../testing/rule-fixtures.js";
import { bannedTermRule } from "./banned-term.js";

const policy = {
  brands: [
    {
      id: "acme-es",
      name: "Acme España",
      locale: "es-ES" as const,
      terms: {
        banned: [{ term: "barato", inflect: true, reason: "no competimos en precio" }, "gratis", "low cost"],
      },
    },
    { id: "acme-en", name: "Acme UK", locale: "en-GB" as const, terms: { banned: ["cheap", "hell"] } },
  ],
};
const check = (text: string, brand = "acme-es", options?: Record<string, unknown>) =>
  checkReply(bannedTermRule, { brand, text }, options === undefined ? { policy } : { policy, options });

describe("voice/banned-term", () => {
  it("flags Spanish plural and gender variants when the entry inflects, with the reason", () => {
    const v = check("Modelos baratos, estufas BARATAS y una oferta barata.");
    expect(excerpts(v)).toEqual(["baratos", "BARATAS", "barata"]);
    expect(v[0]?.message).toBe(
      "«baratos» está en la lista de términos prohibidos de esta marca: no competimos en precio",
    );
    expect(v[0]?.severity).toBe("error");
  });

  it("matches whole words only, through accents and leetspeak", () => {
    expect(excerpts(check("Envío grátis y b4rato; low cost no.")).length).toBe(3);
    expect(check("Hemos conseguido abaratar el envío; la baratija no es nuestra; gratuito.")).toEqual([]);
  });

  it("flags English terms without firing inside other words or on place names", () => {
    const en = (text: string) => check(text, "acme-en");
    expect(excerpts(en("It is not a cheap heater. What the hell happened?"))).toEqual(["cheap", "hell"]);
    expect(en("Hello Michelle, the shell is fine; our Cheapside store and Hell's Kitchen are open.")).toEqual(
      [],
    );
  });

  it("flags quoted words by default, and can skip them", () => {
    expect(excerpts(check("Nos dijo «quiero algo barato».")).length).toBe(1);
    expect(check("Nos dijo «quiero algo barato».", "acme-es", { checkQuotes: false })).toEqual([]);
  });

  it("checks brand posts too, and stays silent for a brand without a list", () => {
    expect(excerpts(checkPost(bannedTermRule, { text: "¡Todo gratis hoy!" }, { policy }))).toEqual([
      "gratis",
    ]);
    expect(checkReply(bannedTermRule, { brand: "acme-tu", text: "Todo gratis." })).toEqual([]);
  });
});
