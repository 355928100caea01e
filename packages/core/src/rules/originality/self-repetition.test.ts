import { describe, expect, it } from "vitest";
import { SourceIndex } from "../../originality/source-index.js";
import { checkOriginality } from "../../testing/originality-fixtures.js";
import { selfRepetitionRule } from "./self-repetition.js";

const OWN_ES =
  "Nuestra nueva colección de otoño llega a todas las tiendas el próximo lunes con chaquetas de lana reciclada y botas impermeables.";
const OWN_EN =
  "Our autumn collection lands in every store next Monday with recycled wool jackets and waterproof boots for the whole family.";

function index(): SourceIndex {
  const i = new SourceIndex();
  i.add({ id: "own-es", own: true, text: OWN_ES });
  i.add({ id: "own-en", own: true, text: OWN_EN });
  i.add({
    id: "foreign",
    text: "Las rebajas de invierno empiezan el día siete de enero en todas nuestras tiendas físicas y online.",
  });
  return i;
}

describe("originality/self-repetition", () => {
  it("warns when a Spanish post repeats most of an earlier own post", () => {
    const text = `¡Atención! ${OWN_ES.replace("el próximo lunes", "este lunes")}`;
    const v = checkOriginality(selfRepetitionRule, "post", text, { sources: index() });
    expect(v).toHaveLength(1);
    expect(v[0]?.severity).toBe("warning");
    expect(v[0]?.evidence?.sourceId).toBe("own-es");
    expect(Number(v[0]?.evidence?.sourceCoverage)).toBeGreaterThan(0.8);
    expect(v[0]?.message).toMatch(/Este texto repite el \d+ %/);
  });

  it("warns on an English reply and stays silent under the threshold", () => {
    const full = checkOriginality(
      selfRepetitionRule,
      "reply",
      `Reminder: ${OWN_EN}`,
      { sources: index() },
      { brand: "acme-en" },
    );
    expect(full.map((x) => x.evidence?.sourceId)).toEqual(["own-en"]);
    const part = "Heads up: our autumn collection lands in every store next Monday. See you there!";
    expect(
      checkOriginality(selfRepetitionRule, "reply", part, { sources: index() }, { brand: "acme-en" }),
    ).toEqual([]);
    const strict = checkOriginality(
      selfRepetitionRule,
      "reply",
      part,
      { sources: index() },
      { brand: "acme-en", options: { threshold: 0.3 } },
    );
    expect(strict).toHaveLength(1);
  });

  it("does not count foreign sources (that is unattributed copy) and needs an index", () => {
    const text =
      "Las rebajas de invierno empiezan el día siete de enero en todas nuestras tiendas físicas y online.";
    expect(checkOriginality(selfRepetitionRule, "post", text, { sources: index() })).toEqual([]);
    expect(checkOriginality(selfRepetitionRule, "post", OWN_ES, {})).toEqual([]);
  });
});
