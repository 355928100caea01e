import { describe, expect, it } from "vitest";
import { applyCaseCommand } from "./apply-command.js";
import { measureComment } from "./measure.js";
import { caseIn, t } from "./test-fixtures.js";

describe("measureComment", () => {
  it.each([
    ["es", "Tercera vez que el pedido llega tarde. Pésimo servicio, estoy harta.", "negative"],
    ["en", "Third time my order is late. Terrible service, I am fed up.", "negative"],
    ["es", "¡Muchas gracias, el pedido llegó perfecto!", "positive"],
    ["en", "Thanks a lot, the order arrived and it is great!", "positive"],
  ] as const)("measures a %s comment's sentiment with the lexicon classifier", (lang, text, label) => {
    const m = measureComment(
      { text, author: { followers: 48_200 } },
      { lang, similar: { count: 37, windowMinutes: 180 } },
    );
    expect(m.sentiment.label).toBe(label);
    expect(m.reach.followers).toBe(48_200);
    const result = applyCaseCommand(
      caseIn("measure", lang),
      { type: "measure", by: "ana", measurement: m },
      t(1),
    );
    expect(result.accepted && result.state.severity).toBe("high");
  });

  it.each([
    ["es", "Llamadme al 612 345 678 y os cuento", "personal-data"],
    ["en", "I know where you live, watch out", "threat"],
  ] as const)("records the grounds the %s comment classifier finds", (lang, text, ground) => {
    expect(measureComment({ text }, { lang }).grounds).toContain(ground);
  });

  it("finds no ground in a negative opinion, however angry", () => {
    expect(
      measureComment({ text: "Pésimo servicio, no vuelvo a comprar aquí" }, { lang: "es" }).grounds,
    ).toEqual([]);
    expect(
      measureComment({ text: "Worst customer service ever. Never again." }, { lang: "en" }).grounds,
    ).toEqual([]);
  });

  it("takes grounds and history from the app, and zero reach when the author is unknown", () => {
    const m = measureComment(
      { text: "Compra seguidores en mi web" },
      { lang: "es", grounds: ["spam"], history: { removed: 2 } },
    );
    expect(m).toMatchObject({ grounds: ["spam"], reach: { followers: 0 }, history: { removed: 2 } });
  });
});
