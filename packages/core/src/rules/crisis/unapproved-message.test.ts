import { describe, expect, it } from "vitest";
import { evaluatePost, evaluateReply } from "../../engine/evaluate.js";
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

  it("reads a reply as about the crisis when the comment is, even without the word", () => {
    const inReplyTo = { text: "¿Es verdad que se han filtrado mis datos personales? Estoy preocupada." };
    const v = checkReply(rule, {
      text: "Tranquila, su cuenta no está entre las afectadas.",
      crisis,
      inReplyTo,
    });
    expect(v).toHaveLength(1);
    expect(v[0]?.evidence).toMatchObject({ via: "thread" });
    const en = { text: "Is my account part of the data leak? Seen the news." };
    expect(
      checkReply(rule, { brand: "acme-en", text: "Nope, yours is fine!", crisis, inReplyTo: en }),
    ).toHaveLength(1);
    // A comment that sets the crisis aside asks about something else.
    const aside = { text: "Al margen de lo de la filtración, ¿cuándo abrís en Valencia?" };
    expect(checkReply(rule, { text: "Abrimos el lunes a las 10:00.", crisis, inReplyTo: aside })).toEqual([]);
  });

  it("reads a topic word in another sense as another subject, in Spanish and in English", () => {
    for (const text of [
      "El tapón evita cualquier filtración de líquido en la mochila.",
      "En la tienda online puede filtrar por precio.",
      "Solo al ganador le pediremos sus datos para enviarle el premio.",
    ])
      expect(checkReply(rule, { text, crisis }), text).toEqual([]);
    const en = { ...crisis, topics: ["recall", "overheating"] };
    for (const text of [
      "If I recall correctly, you ordered the grey one.",
      "Try not to overheat in the queue!",
      "A Total Recall rewatch tonight, anyone?",
    ])
      expect(checkReply(rule, { brand: "acme-en", text, crisis: en }), text).toEqual([]);
    for (const text of ["Is my charger part of the recall?", "The units overheated because of a bad batch."])
      expect(checkReply(rule, { brand: "acme-en", text, crisis: en }), text).toHaveLength(1);
  });

  it("reads a name among the topics as the crisis only with an alarm beside it", () => {
    const club = { ...crisis, topics: ["Club Frescalia", "filtración"] };
    expect(checkReply(rule, { text: "Con 500 puntos del Club Frescalia lo tiene.", crisis: club })).toEqual(
      [],
    );
    expect(
      checkReply(rule, { text: "Los datos del Club Frescalia expuestos ya están a salvo.", crisis: club }),
    ).toHaveLength(1);
  });

  it("flags an approved statement put in other words", () => {
    const reworded =
      "Ya conocemos la situación y seguimos investigando; más información en la web muy pronto.";
    const v = checkReply(rule, { text: reworded, crisis });
    expect(v).toHaveLength(1);
    expect(v[0]?.evidence).toMatchObject({ via: "statement" });
  });

  it("accepts an approved statement copied without a space after a full stop", () => {
    const text =
      "Conocemos la situación y la estamos investigando.Daremos más información en la web antes del lunes.";
    expect(checkReply(rule, { text, crisis })).toEqual([]);
  });

  it("checks posts too", () => {
    const post = (text: string, brand = "acme-es") =>
      evaluatePost(compiled, {
        brand,
        author: { id: "ana", roles: ["agent"] },
        text,
        crisis,
      }).violations.filter((v) => v.ruleId === rule.id);
    expect(post("Hilo sobre lo que sabemos de la filtración de datos (1/4)")).toHaveLength(1);
    expect(post("Nueva Frescalia Zero de mandarina ya en tiendas.")).toEqual([]);
    expect(post("Update on the data leak: we're on it.", "acme-en")).toHaveLength(1);
  });

  it("keeps the keyword reading on request", () => {
    const keyword = compilePolicy(
      policyFor({ rules: { [rule.id]: { level: "error", options: { topicMatch: "keyword" } } } }),
    );
    const text = "El tapón evita cualquier filtración de líquido.";
    const full: ReplyInput = { brand: "acme-es", author: { id: "ana", roles: ["agent"] }, text, crisis };
    expect(evaluateReply(keyword, full).violations.filter((v) => v.ruleId === rule.id)).toHaveLength(1);
    expect(checkReply(rule, { text, crisis })).toEqual([]);
  });

  it("does not read water filtration or a search filter as the leak", () => {
    const es = (text: string) =>
      checkReply(rule, { text, crisis: { ...crisis, topics: [...crisis.topics, "filtración"] } });
    expect(
      es("Sí, el agua pasa por un proceso de filtración por ósmosis antes del embotellado."),
    ).toHaveLength(0);
    expect(es("Puede filtrar por productos sin azúcar en el catálogo.")).toHaveLength(0);
    expect(es("Seguimos investigando la filtración de datos.")).toHaveLength(1);
  });
});

describe("crisis/unapproved-message: a data leak read from its verb", () => {
  it("reads `se filtraron teléfonos` as the leak in a crisis about data", () => {
    expect(
      checkReply(rule, {
        text: "Por desgracia sí, algunos teléfonos quedaron expuestos.",
        inReplyTo: { text: "¿Es verdad que se filtraron teléfonos de socios?" },
        crisis,
      }),
    ).toHaveLength(1);
  });

  it("reads `filtrar … por` as filtering, not leaking", () => {
    expect(checkReply(rule, { text: "Puede filtrar los teléfonos por precio en la web.", crisis })).toEqual(
      [],
    );
    expect(
      checkReply(rule, { brand: "acme-en", text: "You can filter phones by price on the site.", crisis }),
    ).toEqual([]);
  });
});
