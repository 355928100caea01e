import { describe, expect, it } from "vitest";
import { fillStatement, isApprovedStatement, parseTemplate } from "../../text/statement-template.js";
import { canonicalJson, hash64 } from "../hash.js";

describe("approved statements", () => {
  const es =
    "Conocemos la situación y la estamos investigando. Daremos más información en {canal} antes del {fecha}.";
  const en = "We are aware of the situation. We will share an update on {channel} before {date}.";

  it("splits a template into literals and named slots", () => {
    expect(parseTemplate(es).slots).toEqual(["canal", "fecha"]);
    expect(parseTemplate("Sin huecos.").literals).toEqual(["Sin huecos."]);
  });

  it("fills the slots in Spanish and in English", () => {
    expect(fillStatement(es, { canal: "X", fecha: "12 de mayo" })).toEqual({
      ok: true,
      text: "Conocemos la situación y la estamos investigando. Daremos más información en X antes del 12 de mayo.",
    });
    expect(fillStatement(en, { channel: "our website", date: "noon" })).toEqual({
      ok: true,
      text: "We are aware of the situation. We will share an update on our website before noon.",
    });
  });

  it("lists every slot without a value (blank counts as missing)", () => {
    expect(fillStatement(es, { canal: "  " })).toEqual({ ok: false, missing: ["canal", "fecha"] });
  });

  it("recognises a filled statement whatever the case and spacing, in both languages", () => {
    expect(
      isApprovedStatement(
        "CONOCEMOS la situación y la estamos   investigando. Daremos más información en Instagram antes del lunes.",
        es,
      ),
    ).toBe(true);
    expect(
      isApprovedStatement("We are aware of the situation. We will share an update on X before 5pm.", en),
    ).toBe(true);
  });

  it("rejects a text that changes the approved words, adds to them or leaves a slot empty", () => {
    expect(
      isApprovedStatement(
        "Conocemos la situación y NO la estamos investigando. Daremos más información en X antes del lunes.",
        es,
      ),
    ).toBe(false);
    expect(
      isApprovedStatement(
        "Conocemos la situación y la estamos investigando. Daremos más información en X antes del lunes. Es culpa del proveedor.",
        es,
      ),
    ).toBe(false);
    expect(
      isApprovedStatement("We are aware of the situation. We will share an update on  before 5pm.", en),
    ).toBe(false);
    expect(isApprovedStatement("We are aware of the situation.", en)).toBe(false);
  });

  it("treats regex metacharacters in a template as plain text", () => {
    const t = "Precio (.*) final: {precio}+IVA?";
    expect(isApprovedStatement("Precio (.*) final: 10€+IVA?", t)).toBe(true);
    expect(isApprovedStatement("Precio abc final: 10€+IVA?", t)).toBe(false);
  });
});

describe("tamper-evidence hash", () => {
  it("computes cyrb53 widened to 64 bits (published vectors)", () => {
    expect(hash64("a")).toBe("501c2ba782c97901");
    expect(hash64("b")).toBe("459eda5bc254d2bf");
    expect(hash64("revenge")).toBe("fbce64cc3b748385");
    // The low 53 bits are cyrb53 itself: cyrb53("a") = 7929297801672961, cyrb53("") = 3338908027751811.
    const low53 = (hex: string) => Number(BigInt(`0x${hex}`) & ((1n << 53n) - 1n));
    expect(low53(hash64("a"))).toBe(7929297801672961);
    expect(low53(hash64(""))).toBe(3338908027751811);
    expect(hash64("filtración")).not.toBe(hash64("filtracion"));
  });

  it("serialises JSON canonically: sorted keys, undefined members left out", () => {
    expect(canonicalJson({ b: 1, a: [true, null, "ñ"], c: undefined, d: { z: 1, y: 2 } })).toBe(
      '{"a":[true,null,"ñ"],"b":1,"d":{"y":2,"z":1}}',
    );
    expect(hash64(canonicalJson({ x: 1, y: 2 }))).toBe(hash64(canonicalJson({ y: 2, x: 1 })));
  });
});
