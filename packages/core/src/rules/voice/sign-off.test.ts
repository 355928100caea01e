import { describe, expect, it } from "vitest";
import { applyFirstFixes, checkReply } from "../../testing/rule-fixtures.js";
import { renderSignOff, signOffRule } from "./sign-off.js";

const policy = {
  brands: [
    {
      id: "acme-es",
      name: "Acme España",
      locale: "es-ES" as const,
      voice: { signOff: { template: "^{initials}" } },
    },
    {
      id: "acme-en",
      name: "Acme UK",
      locale: "en-GB" as const,
      voice: { signOff: { template: "— {name}" } },
    },
  ],
};
const check = (text: string, initials: string | null = "MG", options?: Record<string, unknown>) =>
  checkReply(
    signOffRule,
    { text, author: initials === null ? { id: "x", roles: [] } : { id: "x", roles: [], initials } },
    options === undefined ? { policy } : { policy, options },
  );

describe("voice/sign-off", () => {
  it("accepts the signature at the end, with trailing spaces or a full stop", () => {
    expect(check("Gracias por su mensaje. ^MG")).toEqual([]);
    expect(check("Gracias por su mensaje.\n^MG.  ")).toEqual([]);
  });

  it("reports a missing signature with a fix that appends it", () => {
    const text = "Gracias por su mensaje.";
    const v = check(text);
    expect(v[0]?.messageId).toBe("missing");
    expect(v[0]?.message).toBe("La respuesta no termina con la firma «^MG».");
    expect(applyFirstFixes(text, v)).toBe("Gracias por su mensaje. ^MG");
  });

  it("reports another agent's initials and replaces them", () => {
    const text = "Gracias por su mensaje. ^PR";
    const v = check(text);
    expect(v[0]?.messageId).toBe("wrong");
    expect(applyFirstFixes(text, v)).toBe("Gracias por su mensaje. ^MG");
  });

  it("compares case unless ignoreCase is on", () => {
    expect(check("Gracias. ^mg")).toHaveLength(1);
    expect(check("Gracias. ^mg", "MG", { ignoreCase: true })).toEqual([]);
  });

  it("reports an author without initials instead of passing silently", () => {
    expect(check("Gracias. ^MG", null)[0]?.messageId).toBe("noInitials");
  });

  it("renders other placeholders (English, {name})", () => {
    expect(renderSignOff("— {name}", { name: "Mia" })).toBe("— Mia");
    expect(renderSignOff("{team} ^{initials}", { initials: "MG" })).toBe("{team} ^MG");
    const v = checkReply(
      signOffRule,
      { brand: "acme-en", text: "Thank you.", author: { id: "m", roles: [], name: "Mia" } },
      { policy },
    );
    expect(v[0]?.message).toBe("The reply does not end with the sign-off “— Mia”.");
  });

  it("is silent for a brand without a sign-off", () => {
    expect(checkReply(signOffRule, { brand: "acme-tu", text: "Hola" })).toEqual([]);
  });
});
