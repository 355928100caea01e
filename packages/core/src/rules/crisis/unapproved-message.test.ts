import { describe, expect, it } from "vitest";
import { evaluateReply } from "../../engine/evaluate.js";
import type { ReplyInput } from "../../engine/input.js";
import { policyFor } from "../../testing/rule-fixtures.js";
import { brandCrisisState } from "../../workflows/crisis/brand-crisis-state.js";
import { standardProtocol } from "../../workflows/crisis/standard-protocol.js";
import { drive, pathTo } from "../../workflows/crisis/testing.js";
import { compilePolicy } from "../compile-policy.js";
import { unapprovedMessageRule as rule } from "./unapproved-message.js";

const state = drive(standardProtocol, [
  {
    type: "raise-alert",
    actor: "marta",
    role: "community-manager",
    topics: ["filtración", "datos personales", "data leak"],
  },
  ...pathTo("containment", "sev1").slice(1),
]);
const crisis = brandCrisisState(standardProtocol, state);

// The rule is built in, so it is compiled from the catalogue (not passed again as a custom rule).
const compiled = compilePolicy(policyFor({ rules: { [rule.id]: "error" } }));
function checkReply(_rule: typeof rule, input: Partial<ReplyInput> & { text: string }) {
  const full: ReplyInput = { brand: "acme-es", author: { id: "ana", roles: ["agent"] }, ...input };
  return evaluateReply(compiled, full).violations.filter((v) => v.ruleId === rule.id);
}

describe("crisis/unapproved-message", () => {
  it("flags a free-form Spanish reply about the crisis topic, pointing at the topic", () => {
    const text = "Tranquilo, la filtración no afecta a las tarjetas, lo arreglamos hoy.";
    const v = checkReply(rule, { text, crisis });
    expect(v).toHaveLength(1);
    expect(v[0]?.severity).toBe("error");
    expect(v[0]?.message).toBe(
      "Hay una crisis abierta (containment): una respuesta sobre «filtración» debe ser un mensaje aprobado (o venir de crisis-lead, communications).",
    );
    expect(text.slice(v[0]?.span?.start, v[0]?.span?.end)).toBe("filtración");
    expect(v[0]?.evidence).toMatchObject({ state: "containment", topic: "filtración" });
  });

  it("flags a free-form English reply about the crisis topic", () => {
    const v = checkReply(rule, { brand: "acme-en", text: "Don't worry, the data leak was tiny.", crisis });
    expect(v).toHaveLength(1);
    expect(v[0]?.message).toBe(
      "A crisis is open (containment): a reply about “data leak” must be an approved statement (or come from crisis-lead, communications).",
    );
  });

  it("passes an approved holding statement with its slots filled, in Spanish and in English", () => {
    const es =
      "Conocemos la situación y la estamos investigando. Daremos más información en nuestra web antes del 12 de mayo.";
    expect(
      checkReply(rule, { text: `${es}`, crisis: { ...crisis, topics: [...crisis.topics, "situación"] } }),
    ).toEqual([]);
    const en =
      "We are aware of the situation and are looking into it. We will share an update on X before 2pm. data leak";
    expect(checkReply(rule, { brand: "acme-en", text: en, crisis })).toHaveLength(1);
    const enOk =
      "We are aware of the situation and are looking into it. We will share an update on our data leak page before 2pm.";
    expect(checkReply(rule, { brand: "acme-en", text: enOk, crisis })).toEqual([]);
  });

  it("flags an approved statement with an extra sentence hidden in a slot", () => {
    const text =
      "Conocemos la situación y la estamos investigando. Daremos más información en la web. La filtración es culpa del proveedor. Gracias antes del lunes.";
    expect(checkReply(rule, { text, crisis })).toHaveLength(1);
  });

  it("lets a role the state allows speak freely", () => {
    const text = "La filtración afecta solo a reservas de marzo; hemos avisado a la AEPD.";
    expect(checkReply(rule, { text, crisis, author: { id: "lucia", roles: ["communications"] } })).toEqual(
      [],
    );
    expect(checkReply(rule, { text, crisis, author: { id: "ana", roles: ["agent"] } })).toHaveLength(1);
  });

  it("passes replies on other topics during the crisis (false-positive traps)", () => {
    for (const text of [
      "Su maleta llegará mañana en el primer vuelo.",
      "Los datos de su vuelo están en la app.",
      "Your flight leaves from gate 12.",
      "Leaky faucet? Wrong account, sorry!",
    ]) {
      expect(checkReply(rule, { text, crisis }), text).toEqual([]);
    }
  });

  it("passes everything when no crisis is active", () => {
    const text = "La filtración no afecta a nadie.";
    expect(checkReply(rule, { text })).toEqual([]);
    expect(checkReply(rule, { text, crisis: { ...crisis, active: false } })).toEqual([]);
    const monitoring = brandCrisisState(standardProtocol, drive(standardProtocol, []));
    expect(checkReply(rule, { text, crisis: { ...monitoring, topics: ["filtración"] } })).toEqual([]);
  });

  it("matches topics despite case and accents", () => {
    expect(checkReply(rule, { text: "¿Qué pasa con la FILTRACIÓN?", crisis })).toHaveLength(1);
    expect(checkReply(rule, { text: "que pasa con la filtracion de datos personales", crisis })).toHaveLength(
      1,
    );
    const unaccented =
      "Conocemos la situacion y la estamos investigando. Daremos mas informacion en la web de la filtracion antes del lunes.";
    expect(checkReply(rule, { text: unaccented, crisis })).toEqual([]);
  });
});
