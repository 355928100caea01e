import { describe, expect, it } from "vitest";
import { classifyComment } from "./classify.js";
import { jokingAround } from "./joking.js";

const grounds = (text: string, lang: "es" | "en") => classifyComment(text, lang).groundsFound;

describe("jokingAround", () => {
  it("finds a laughing or loving emoji in the phrase's sentence, in either direction", () => {
    const es = "Te mato, Chispa, qué rico 😍";
    expect(jokingAround(es, 0, 7)).toBe(true);
    const en = "😂😂 I'll kill you, this flavour is too good";
    expect(jokingAround(en, 5, 19)).toBe(true);
  });

  it("stops at the end of the sentence", () => {
    const text = "Te mato. Por cierto, me encanta 😍";
    expect(jokingAround(text, 0, 7)).toBe(false);
    expect(jokingAround("I'll kill you.\nLove the new can 😍", 0, 13)).toBe(false);
  });
});

describe("threat phrases said as a joke or praise", () => {
  it("keeps `te mato` and `I'll kill you` beside 😂 or 😍 out of the threats", () => {
    expect(grounds("Te mato, Chispa, con este sabor nuevo 😍😍", "es")).toEqual([]);
    expect(grounds("I'll kill you, Chispa, this new flavour 😂😂", "en")).toEqual([]);
  });

  it("still reads them as threats without the emoji", () => {
    expect(grounds("Te mato como no me devolváis el dinero", "es")).toContain("threat");
    expect(grounds("I'll kill you if my refund doesn't arrive", "en")).toContain("threat");
  });
});
