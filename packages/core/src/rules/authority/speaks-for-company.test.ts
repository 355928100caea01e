import { describe, expect, it } from "vitest";
import { checkReply } from "../../testing/rule-fixtures.js";
import { speaksForCompanyRule } from "./speaks-for-company.js";

const check = (text: string, roles: string[] = ["agent"], brand = "acme-es") =>
  checkReply(speaksForCompanyRule, { brand, text, author: { id: "ana", roles } });

describe("authority/speaks-for-company", () => {
  it("reports an official position in Spanish, with its span", () => {
    const [v] = check("En nombre de la empresa, pedimos disculpas públicas.");
    expect(v?.excerpt).toBe("En nombre de la empresa");
    expect(check("Nuestra posición oficial es clara.")).toHaveLength(1);
  });

  it("reports an official position in English, and one given in the brand's own name", () => {
    expect(check("The company has decided to withdraw it.", ["agent"], "acme-en")).toHaveLength(1);
    expect(check("Acme UK has decided to close the store.", ["agent"], "acme-en")).toHaveLength(1);
    expect(check("Acme España ha decidido cerrar la tienda.")).toHaveLength(1);
  });

  it("passes pointers to a published statement, refusals and questions", () => {
    expect(check("Puede leer la nota de prensa en nuestra web.")).toHaveLength(0);
    expect(check("No podemos hablar en nombre de la empresa.")).toHaveLength(0);
    expect(check("What's the company's position on this?", ["agent"], "acme-en")).toHaveLength(0);
  });

  it("passes an author whose role may make official statements", () => {
    expect(check("En nombre de la empresa, pedimos disculpas.", ["legal"])).toHaveLength(0);
  });
});
