import { describe, expect, it } from "vitest";
import { applyFirstFixes, checkReply, excerpts } from "../../testing/rule-fixtures.js";
import { preferredTermRule } from "./preferred-term.js";

const policy = {
  brands: [
    {
      id: "acme-es",
      name: "Acme España",
      locale: "es-ES" as const,
      terms: {
        preferred: [
          { use: "incidencia", insteadOf: [{ term: "problema", inflect: true }] },
          { use: "cliente", insteadOf: [{ term: "usuario", inflect: true }] },
          { use: "mensaje privado", insteadOf: ["DM"] },
        ],
      },
    },
    {
      id: "acme-en",
      name: "Acme UK",
      locale: "en-GB" as const,
      terms: {
        preferred: [
          { use: "customer", insteadOf: ["user", "client"] },
          { use: "sign in", insteadOf: ["log in"] },
        ],
      },
    },
  ],
};
const check = (text: string, brand = "acme-es") => checkReply(preferredTermRule, { brand, text }, { policy });

describe("voice/preferred-term", () => {
  it("replaces the wording in the same number, keeping the first letter's case (agreement is left to the writer)", () => {
    const text = "Problemas resueltos: los usuarios ya pueden escribirnos por DM.";
    const v = check(text);
    expect(excerpts(v)).toEqual(["Problemas", "usuarios", "DM"]);
    expect(v[0]?.severity).toBe("warning");
    expect(applyFirstFixes(text, v)).toBe(
      "Incidencias resueltos: los clientes ya pueden escribirnos por mensaje privado.",
    );
  });

  it("keeps the replacement's own gender when it has no feminine (usuarias → clientes)", () => {
    const v = check("Las usuarias del programa");
    expect(v[0]?.suggestions?.[0]?.edits[0]?.text).toBe("clientes");
  });

  it("does not fire on other words, quotes or the preferred wording itself", () => {
    expect(check("La situación es problemática; la incidencia está resuelta para el cliente.")).toEqual([]);
    expect(check("Nos dice «tengo un problema con la app».")).toEqual([]);
  });

  it("works in English, skipping hyphenated compounds", () => {
    const text = "Every user can log in now; the app is user-friendly.";
    const v = check(text, "acme-en");
    expect(excerpts(v)).toEqual(["user", "log in"]);
    expect(applyFirstFixes(text, v)).toBe("Every customer can sign in now; the app is user-friendly.");
    expect(v[0]?.message).toBe("This brand says “customer” rather than “user”.");
  });
});
