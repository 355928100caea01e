import { describe, expect, it } from "vitest";
import { checkReply } from "../../testing/rule-fixtures.js";
import { commitmentRule } from "./commitment.js";

const check = (text: string, roles: string[] = ["agent"], brand = "acme-es") =>
  checkReply(commitmentRule, { brand, text, author: { id: "ana", roles } });

describe("authority/commitment", () => {
  it("reports a Spanish refund promise by an agent, with its category, span and a deferral fix", () => {
    const text = "Le devolveremos el importe esta semana. Gracias.";
    const [v] = check(text);
    expect(v?.evidence).toMatchObject({ category: "refund" });
    expect(v?.excerpt).toBe("Le devolveremos el importe");
    expect(v?.message).toBe(
      "«Le devolveremos el importe» es un compromiso de reembolso que su rol no puede asumir.",
    );
    expect(v?.suggestions?.[0]?.edits[0]).toMatchObject({ start: 0, end: 39 });
    expect(v?.suggestions?.[0]?.edits[0]?.text).toContain("le responderán");
  });

  it("reports English promises of each category", () => {
    expect(check("We'll refund you in full.", ["agent"], "acme-en")[0]?.evidence).toMatchObject({
      category: "refund",
    });
    expect(check("You'll get a voucher for the trouble.", ["agent"], "acme-en")[0]?.evidence).toMatchObject({
      category: "compensation",
    });
    expect(check("We'll give you 20% off your next order.", ["agent"], "acme-en")[0]?.evidence).toMatchObject(
      {
        category: "discount",
      },
    );
    expect(check("It will arrive tomorrow, guaranteed.", ["agent"], "acme-en")[0]?.evidence).toMatchObject({
      category: "delivery-date",
    });
    expect(check("Legally, you are entitled to a refund.", ["agent"], "acme-en")[0]?.evidence).toMatchObject({
      category: "legal-statement",
    });
  });

  it("reports Spanish compensation and delivery promises", () => {
    expect(check("Te compensamos con un mes gratis.", ["agent"], "acme-tu")).toHaveLength(1);
    expect(check("Su pedido llegará mañana sin falta.")).toHaveLength(1);
  });

  it("passes when one of the author's roles may make that commitment", () => {
    expect(check("Le devolveremos el importe esta semana.", ["supervisor"])).toHaveLength(0);
    expect(check("Legalmente tiene derecho a una indemnización.", ["supervisor"])).toHaveLength(1);
    expect(check("Legalmente tiene derecho a una indemnización.", ["legal"])).toHaveLength(0);
  });

  it("passes non-committal phrasing, refusals, questions and quoted customer words", () => {
    for (const text of [
      "Revisaremos su caso y le diremos algo.",
      "Los reembolsos siguen nuestra política: acme.es/devoluciones.",
      "Le devolveremos la llamada en cuanto podamos.",
      "No podemos devolverle el importe por este canal.",
      "Usted nos pide «que me devuelvan el dinero»: lo trasladamos.",
    ]) {
      expect(check(text)).toHaveLength(0);
    }
    for (const text of [
      "We'll look into it.",
      "Refunds follow our policy at acme.co.uk/refunds.",
      "We can't process refunds here.",
      "You asked 'will you refund me?', and we've passed it on.",
    ]) {
      expect(check(text, ["agent"], "acme-en")).toHaveLength(0);
    }
  });

  it("treats an author with an unknown role as allowed nothing", () => {
    expect(check("We'll refund you in full.", ["intern"], "acme-en")).toHaveLength(1);
  });

  it("reads a denied promise as governing the clause after it, and deposits and costs on us as promises", () => {
    const en = (text: string) => check(text, ["agent"], "acme-en");
    expect(en("I can't guarantee it'll arrive before Friday, but I've opened a ticket.")).toHaveLength(0);
    expect(check("No le puedo prometer que llegue antes del viernes, pero ya abrimos un caso.")).toHaveLength(
      0,
    );
    expect(check("En cuanto confirmes tu cuenta, te depositamos los 389 euros.")).toHaveLength(1);
    expect(check("Correrán de nuestra cuenta el taxi y la comida que tuvo que pagar.")).toHaveLength(1);
    expect(en("Your next three months of Nube are on us.")).toHaveLength(1);
  });
});
