import { describe, expect, it } from "vitest";
import * as z from "zod";
import { PolicyError } from "../model/errors.js";
import { definePolicy } from "../rules/define-policy.js";

const brand = { id: "acme-es", name: "Acme España", locale: "es-ES" as const };

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).issues;
  }
  throw new Error("expected a PolicyError");
}

describe("definePolicy", () => {
  it("applies defaults and returns plain JSON data", () => {
    const policy = definePolicy({ brands: [brand] });
    expect(policy.brands[0]?.voice.address).toBe("usted");
    expect(policy.brands[0]?.terms.banned).toEqual([]);
    expect(JSON.parse(JSON.stringify(policy))).toEqual(policy);
  });

  it("rejects an unknown key with its path, instead of dropping it", () => {
    const issues = issuesOf(() => definePolicy({ brands: [{ ...brand, colour: "red" }] } as never));
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "unknown_key", pathText: "brands[0].colour" }),
    );
  });

  it("rejects wrong types with a readable message in English and in Spanish", () => {
    const en = issuesOf(() => definePolicy({ brands: [{ ...brand, name: 42 }] } as never));
    expect(en[0]).toMatchObject({ pathText: "brands[0].name", message: "Expected text, but got a number." });
    const es = issuesOf(() =>
      definePolicy({ brands: [{ ...brand, name: 42 }] } as never, { locale: "es" as const }),
    );
    expect(es[0]?.message).toBe("Se esperaba texto, pero hay un número.");
  });

  it("rejects an empty brand list", () => {
    const issues = issuesOf(() => definePolicy({ brands: [] }));
    expect(issues[0]).toMatchObject({ code: "too_small", pathText: "brands" });
  });

  it("rejects duplicate brand ids, naming the first use", () => {
    const issues = issuesOf(() => definePolicy({ brands: [brand, { ...brand, name: "Otra" }] }));
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: "duplicate_id",
        pathText: "brands[1].id",
        message: expect.stringContaining("brands[0]"),
      }),
    );
  });

  it("rejects unknown rule ids at policy and brand level", () => {
    const issues = issuesOf(() =>
      definePolicy({
        // @ts-expect-error a misspelt rule id does not compile either
        rules: { "respect/nope": "error" },
        // @ts-expect-error
        brands: [{ ...brand, rules: { "voice/nada": "warn" } }],
      }),
    );
    expect(issues.map((i) => i.code)).toEqual(["unknown_rule", "unknown_rule"]);
    expect(issues.map((i) => i.pathText)).toEqual(['brands[0].rules["voice/nada"]', 'rules["respect/nope"]']);
  });

  it("rejects a bad locale and a bad level, reporting every problem at once", () => {
    const issues = issuesOf(() =>
      definePolicy({
        brands: [{ ...brand, locale: "spanish" }],
        roles: { agent: { may: ["everything"] } },
      } as never),
    );
    expect(issues.map((i) => i.pathText).sort()).toEqual(["brands[0].locale", "roles.agent.may[0]"]);
  });

  it("rejects a brand protocol that the policy does not declare", () => {
    const issues = issuesOf(() => definePolicy({ brands: [{ ...brand, crisisProtocol: "airline" }] }));
    expect(issues[0]).toMatchObject({ code: "unknown_protocol", pathText: "brands[0].crisisProtocol" });
    expect(() =>
      definePolicy({ crisisProtocols: ["airline"], brands: [{ ...brand, crisisProtocol: "airline" }] }),
    ).not.toThrow();
  });

  it("rejects a non-object and an unknown preset", () => {
    expect(issuesOf(() => definePolicy(null as never))[0]?.code).toBe("invalid_type");
    // @ts-expect-error not a preset: refused by type too
    expect(issuesOf(() => definePolicy({ extends: "lenient", brands: [brand] }))[0]).toMatchObject({
      code: "unknown_extends",
      pathText: "extends",
    });
  });

  it("does not let a __proto__ key from JSON reach the prototype", () => {
    const input = JSON.parse(
      '{"brands":[{"id":"a","name":"A","locale":"es-ES"}],"__proto__":{"polluted":true}}',
    );
    const issues = issuesOf(() => definePolicy(input));
    expect(issues[0]).toMatchObject({ code: "unknown_key" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a policy that extends itself by name", () => {
    const policies = { a: { extends: "b" }, b: { extends: "a" } };
    const issues = issuesOf(() => definePolicy({ extends: "a", brands: [brand] }, { policies }));
    expect(issues[0]?.code).toBe("circular_extends");
  });
});

describe("extends and merge", () => {
  const base = {
    roles: { agent: { may: ["discount" as const] } },
    brands: [
      { ...brand, handles: ["@acme"], terms: { banned: ["barato"] }, voice: { address: "tu" as const } },
    ],
  };

  it("merges brands by id, unions term lists and lets later scalars win", () => {
    const policy = definePolicy({
      extends: base,
      roles: { agent: { may: ["refund"] } },
      brands: [
        {
          ...brand,
          handles: ["@acme_es"],
          terms: { banned: ["chollo", "barato"] },
          voice: { address: "usted" },
        },
      ],
    });
    const merged = policy.brands[0];
    expect(policy.brands).toHaveLength(1);
    expect(merged?.handles).toEqual(["@acme", "@acme_es"]);
    expect(merged?.terms.banned).toEqual(["barato", "chollo"]);
    expect(merged?.voice.address).toBe("usted");
    expect(policy.roles.agent?.may).toEqual(["discount", "refund"]);
  });

  it("resolves named policies and presets in order", () => {
    const policy = definePolicy(
      { extends: ["recommended", "agency"], brands: [] as never[] },
      {
        policies: { agency: base },
      },
    );
    expect(policy.brands.map((b) => b.id)).toEqual(["acme-es"]);
  });

  it("merges rule options and lets the later level win", () => {
    const first = { rules: { "x/y": { level: "warn" as const, options: { a: 1, b: 2 } } } };
    const second = { rules: { "x/y": "error" as const } };
    const policy = definePolicy(
      { extends: [first, second], brands: [brand] },
      {
        rules: [
          {
            id: "x/y",
            meta: {
              norm: 2,
              docs: { description: "test" },
              defaultSeverity: "warning",
              messages: { en: {}, es: {} },
            },
            options: z.object({ a: z.number(), b: z.number() }),
            create: () => ({}),
          },
        ],
      },
    );
    expect(policy.rules["x/y"]).toEqual({ level: "error", options: { a: 1, b: 2 } });
  });
});

describe("messages for format errors", () => {
  // Locales as they come from a file: plain strings, checked when the policy is validated.
  const loose = (locale: string) => locale as "es";

  it("explains a malformed locale, in English and Spanish", () => {
    const en = issuesOf(() => definePolicy({ brands: [{ ...brand, locale: loose("spanish") }] }));
    expect(en[0]).toMatchObject({ code: "invalid_locale", pathText: "brands[0].locale" });
    expect(en[0]?.message).toBe(
      '"spanish" is not a locale tag: use one such as "es-ES", "es-419" or "en-GB".',
    );
    const es = issuesOf(() =>
      definePolicy({ brands: [{ ...brand, locale: loose("spanish") }] }, { locale: "es" }),
    );
    expect(es[0]?.message).toBe(
      '"spanish" no es una etiqueta de idioma: use una como "es-ES", "es-419" o "en-GB".',
    );
  });

  it("suggests the tag a typo was meant to be", () => {
    const [issue] = issuesOf(() => definePolicy({ brands: [{ ...brand, locale: loose("es_ES") }] }));
    expect(issue?.message).toContain('Did you mean "es-ES"?');
  });

  it("accepts a well-formed tag in a language normas does not know at run time (the type refuses it)", () => {
    // The CLI warns about such a brand; `LocaleTag` keeps it out of code.
    expect(definePolicy({ brands: [{ ...brand, locale: loose("fr-FR") }] }).brands[0]?.locale).toBe("fr-FR");
  });
});
