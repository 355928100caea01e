import { describe, expect, it } from "vitest";
import { checkPost, checkReply } from "../../testing/rule-fixtures.js";
import { foreignBrandRule } from "./foreign-brand.js";

const policy = {
  brands: [
    {
      id: "acme-es",
      name: "Acme España",
      locale: "es-ES" as const,
      products: ["Nube"],
      hashtags: ["#AcmeES"],
    },
    {
      id: "acme-mx",
      name: "Acme México",
      locale: "es-MX" as const,
      handles: ["@acme_mx"],
      products: ["Nube", "Chispa"],
    },
    {
      id: "acme-en",
      name: "Acme UK",
      locale: "en-GB" as const,
      hashtags: ["#AcmeUK"],
      products: ["SparkSaver"],
    },
  ],
};
const check = (brand: string, text: string, options?: Record<string, unknown>) =>
  checkReply(foreignBrandRule, { brand, text }, options === undefined ? { policy } : { policy, options });

describe("brand/foreign-brand", () => {
  it("reports another brand's name with a fix to the brand's own name", () => {
    const [v] = check("acme-es", "Pruebe también en Acme México.");
    expect(v?.excerpt).toBe("Acme México");
    expect(v?.evidence).toMatchObject({ brand: "acme-mx", kind: "name" });
    expect(v?.suggestions?.[0]?.edits[0]?.text).toBe("Acme España");
  });

  it("reports handles, hashtags and products of other brands", () => {
    expect(check("acme-es", "Escriba a @acme_mx.")[0]?.excerpt).toBe("@acme_mx");
    expect(check("acme-es", "Use #AcmeUK.")[0]?.excerpt).toBe("#AcmeUK");
    expect(check("acme-en", "Try Chispa from our sister brand.")[0]?.excerpt).toBe("Chispa");
  });

  it("never reports the brand's own terms, nor terms it shares with another brand", () => {
    expect(check("acme-es", "Acme España y #AcmeES le esperan.")).toHaveLength(0);
    expect(check("acme-es", "Nube llega en marzo.")).toHaveLength(0);
  });

  it("skips a one-word name written in lowercase (a common noun) unless asked", () => {
    expect(check("acme-en", "Add a chispa of lime.")).toHaveLength(0);
    expect(check("acme-en", "Add a chispa of lime.", { matchLowercase: true })).toHaveLength(1);
  });

  it("skips allowed names", () => {
    expect(check("acme-es", "Pruebe en Acme México.", { allow: ["Acme México"] })).toHaveLength(0);
  });

  it("checks the brand's own posts too, through Markdown emphasis", () => {
    const es = checkPost(
      foreignBrandRule,
      { brand: "acme-es", text: "¡Llega **Acme México** a Madrid!" },
      { policy },
    );
    expect(es.map((v) => v.excerpt)).toEqual(["Acme México"]);
    const en = checkPost(
      foreignBrandRule,
      { brand: "acme-en", text: "New: *Chispa* for everyone." },
      { policy },
    );
    expect(en.map((v) => v.excerpt)).toEqual(["Chispa"]);
    expect(
      checkPost(foreignBrandRule, { brand: "acme-en", text: "Follow #AcmeUK." }, { policy }),
    ).toHaveLength(0);
  });

  it("skips names inside quotation marks (the customer's words) unless asked", () => {
    expect(check("acme-es", "Usted escribió «prefiero Acme México», lo entendemos.")).toHaveLength(0);
    expect(check("acme-en", 'You wrote "I prefer Chispa", fair enough!')).toHaveLength(0);
    expect(check("acme-en", 'You wrote "I prefer Chispa", fair enough!', { checkQuotes: true })).toHaveLength(
      1,
    );
  });
});
