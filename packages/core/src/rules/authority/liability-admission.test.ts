import { describe, expect, it } from "vitest";
import { checkReply } from "../../testing/rule-fixtures.js";
import { liabilityAdmissionRule } from "./liability-admission.js";

const check = (text: string, roles: string[] = ["agent"], brand = "acme-es") =>
  checkReply(liabilityAdmissionRule, { brand, text, author: { id: "ana", roles } });

describe("authority/liability-admission", () => {
  it("reports an admission of fault in Spanish, with its span", () => {
    const [v] = check("Fue culpa nuestra, lo sentimos.");
    expect(v?.excerpt).toBe("culpa nuestra");
    expect(check("Reconocemos que fuimos negligentes.")).toHaveLength(1);
    expect(check("Asumimos toda la responsabilidad por los daños causados.")).toHaveLength(1);
  });

  it("reports an admission of fault in English", () => {
    expect(check("It was our fault.", ["agent"], "acme-en")).toHaveLength(1);
    expect(check("We were negligent with the storage.", ["agent"], "acme-en")).toHaveLength(1);
    expect(check("We take full responsibility for the injury.", ["agent"], "acme-en")).toHaveLength(1);
  });

  it("passes apologies that admit nothing, denials, questions and hypotheticals", () => {
    for (const text of [
      "Lamentamos las molestias.",
      "No fue culpa nuestra.",
      "¿Fue culpa nuestra? Lo revisamos.",
    ]) {
      expect(check(text)).toHaveLength(0);
    }
    for (const text of [
      "Sorry for the trouble.",
      "That's not our fault.",
      "If it was our fault, we'll put it right.",
      "We take full responsibility for replying within a day.",
    ]) {
      expect(check(text, ["agent"], "acme-en")).toHaveLength(0);
    }
  });

  it("passes an author whose role may make legal statements", () => {
    expect(check("Fue culpa nuestra.", ["legal"])).toHaveLength(0);
  });
});
