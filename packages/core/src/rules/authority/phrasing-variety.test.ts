import { describe, expect, it } from "vitest";
import { checkReply } from "../../testing/rule-fixtures.js";
import { commitmentRule } from "./commitment.js";
import { liabilityAdmissionRule } from "./liability-admission.js";
import { speaksForCompanyRule } from "./speaks-for-company.js";

// The authority lexicons read promises, admissions and official positions in their usual grammatical shapes
// (tenses, periphrasis, impersonal, enclitics), not only in the wording they were first written with.
const run = (rule: Parameters<typeof checkReply>[0], text: string, brand = "acme-es") =>
  checkReply(rule, { brand, text, author: { id: "ana", roles: ["agent"] } });

describe("authority rules across phrasings", () => {
  it("reads Spanish refund promises in the periphrastic future, with enclitics and as impersonals", () => {
    for (const text of [
      "Vamos a devolverle los 30 euros antes del viernes.",
      "Le vamos a reembolsar el importe íntegro.",
      "Se le abonará la diferencia en su próxima factura.",
      "Te regresamos tu dinero hoy mismo.",
      "Ya le hemos devuelto el importe.",
    ]) {
      expect(run(commitmentRule, text)[0]?.evidence, text).toMatchObject({ category: "refund" });
    }
  });

  it("reads English promises in the future, the perfect and through the money's arrival", () => {
    const brand = "acme-en";
    expect(run(commitmentRule, "We've issued you a full refund.", brand)).toHaveLength(1);
    expect(run(commitmentRule, "Your money will be back in your account within 3 days.", brand)).toHaveLength(
      1,
    );
    expect(
      run(commitmentRule, "A courier will deliver it tomorrow morning.", brand)[0]?.evidence,
    ).toMatchObject({
      category: "delivery-date",
    });
    expect(run(commitmentRule, "We'll halve your fee for three months.", brand)[0]?.evidence).toMatchObject({
      category: "discount",
    });
  });

  it("leaves deferrals alone in both languages, even in the periphrastic future", () => {
    expect(run(commitmentRule, "Vamos a revisar su caso con el almacén.")).toHaveLength(0);
    expect(run(commitmentRule, "Un supervisor va a revisar si le corresponde algún reembolso.")).toHaveLength(
      0,
    );
    expect(
      run(commitmentRule, "We're going to look into it and update you tomorrow.", "acme-en"),
    ).toHaveLength(0);
    expect(
      run(commitmentRule, "You'll get an email with a tracking link once it ships.", "acme-en"),
    ).toHaveLength(0);
  });

  it("reads admissions of fault with adverbs and in other words, and not apologies", () => {
    expect(run(liabilityAdmissionRule, "La culpa fue completamente nuestra.")).toHaveLength(1);
    expect(run(liabilityAdmissionRule, "Somos los responsables de la intoxicación.")).toHaveLength(1);
    expect(
      run(
        liabilityAdmissionRule,
        "The defect is on us, we should never have shipped those units.",
        "acme-en",
      ),
    ).toHaveLength(1);
    expect(run(liabilityAdmissionRule, "We admit our staff were negligent.", "acme-en")).toHaveLength(1);
    expect(run(liabilityAdmissionRule, "Lamentamos mucho las molestias.")).toHaveLength(0);
    expect(
      run(liabilityAdmissionRule, "There was no negligence on the part of the courier.", "acme-en"),
    ).toHaveLength(0);
  });

  it("reads official positions and leaves a negated one alone", () => {
    expect(
      run(speaksForCompanyRule, "Hablando en nombre de toda la compañía: no patrocinaremos el evento."),
    ).toHaveLength(1);
    expect(
      run(speaksForCompanyRule, "Management has resolved not to renew the sponsorship.", "acme-en"),
    ).toHaveLength(1);
    expect(
      run(speaksForCompanyRule, "The company has made it clear that the plant will close.", "acme-en"),
    ).toHaveLength(1);
    expect(
      run(
        speaksForCompanyRule,
        "No me corresponde hablar en nombre de la empresa, pero lo traslado a prensa.",
      ),
    ).toHaveLength(0);
  });
});
