import { describe, expect, it } from "vitest";
import { checkReply } from "../../testing/rule-fixtures.js";
import { dismissiveRule } from "./dismissive.js";

const es = (text: string) => checkReply(dismissiveRule, { brand: "acme-es", text });
const en = (text: string) => checkReply(dismissiveRule, { brand: "acme-en", text });

describe("respect/dismissive", () => {
  it("reports Spanish dismissive phrases with their span", () => {
    const [v] = es("Como ya le dijimos, el plazo es de 30 días.");
    expect(v?.excerpt).toBe("Como ya le dijimos");
    expect(es("Cálmese, que no es para tanto.")).toHaveLength(2);
    // Denying the company's fault is allowed; blaming the reader is not.
    expect(es("Eso no es culpa nuestra, debió leer las condiciones.").map((v) => v.excerpt)).toEqual([
      "debió leer",
    ]);
  });

  it("reports English dismissive phrases", () => {
    expect(en("Calm down, it's only two days.")[0]?.excerpt).toBe("Calm down");
    expect(en("That's your problem, not ours.")).toHaveLength(1);
    expect(en("As we already told you, the window is 30 days.")).toHaveLength(1);
  });

  it("offers a kinder wording where one exists, keeping the capital", () => {
    const [v] = en("As we already told you, the window is 30 days.");
    expect(v?.suggestions?.[0]?.edits[0]?.text).toBe("As we mentioned");
    expect(es("Como ya le dijimos, abrimos a las 10.")[0]?.suggestions?.[0]?.edits[0]?.text).toBe(
      "Como le comentamos",
    );
  });

  it("does not fire on `relax` inside a sentence, nor on neutral back-references", () => {
    expect(en("Relax by the pool at our partner hotels.")).toHaveLength(0);
    expect(en("Relax, it's fine.")).toHaveLength(1);
    expect(es("Como le comentamos por privado, su devolución está en trámite.")).toHaveLength(0);
  });

  it("does not fire when the blame is negated or the words are the customer's", () => {
    expect(es("No es culpa suya en absoluto.")).toHaveLength(0);
    expect(en("This isn't your fault at all.")).toHaveLength(0);
    expect(es("Usted nos dice «cálmense» y tiene razón.")).toHaveLength(0);
  });
});
