import { describe, expect, it } from "vitest";
import { checkReply } from "../../testing/rule-fixtures.js";
import { dismissiveRule } from "./dismissive.js";

const es = (text: string) => checkReply(dismissiveRule, { brand: "acme-es", text });
const en = (text: string) => checkReply(dismissiveRule, { brand: "acme-en", text });

describe("respect/dismissive", () => {
  it("reports Spanish dismissive phrases with their span", () => {
    const [v] = es("Como ya le dijimos, el plazo es de 30 días.");
    expect(v?.excerpt).toBe("Como ya le dijimos");
    expect(es("Cálmese, que no es para tanto.")).toHaveLength(2);
    // Denying the company's fault is allowed; blaming the reader is not.
    expect(es("Eso no es culpa nuestra, debió leer las condiciones.").map((v) => v.excerpt)).toEqual([
      "debió leer",
    ]);
  });

  it("reports English dismissive phrases", () => {
    expect(en("Calm down, it's only two days.")[0]?.excerpt).toBe("Calm down");
    expect(en("That's your problem, not ours.")).toHaveLength(1);
    expect(en("As we already told you, the window is 30 days.")).toHaveLength(1);
  });

  it("offers a kinder wording where one exists, keeping the capital", () => {
    const [v] = en("As we already told you, the window is 30 days.");
    expect(v?.suggestions?.[0]?.edits[0]?.text).toBe("As we mentioned");
    expect(es("Como ya le dijimos, abrimos a las 10.")[0]?.suggestions?.[0]?.edits[0]?.text).toBe(
      "Como le comentamos",
    );
  });

  it("does not fire on `relax` inside a sentence, nor on neutral back-references", () => {
    expect(en("Relax by the pool at our partner hotels.")).toHaveLength(0);
    expect(en("Relax, it's fine.")).toHaveLength(1);
    expect(es("Como le comentamos por privado, su devolución está en trámite.")).toHaveLength(0);
  });

  it("does not fire when the blame is negated or the words are the customer's", () => {
    expect(es("No es culpa suya en absoluto.")).toHaveLength(0);
    expect(en("This isn't your fault at all.")).toHaveLength(0);
    expect(es("Usted nos dice «cálmense» y tiene razón.")).toHaveLength(0);
  });

  it("reads blame set against us, the reader's taste as a condition, and a wish that the reader calm down", () => {
    expect(es("Quien marcó la casilla fue usted, no nosotros.").map((v) => v.excerpt)).toEqual([
      "usted, no nosotros",
    ]);
    expect(en("The typo in the address was yours, not ours.")).toHaveLength(1);
    expect(es("Si tanto le molesta, la competencia está al lado.")).toHaveLength(1);
    expect(es("Si no le gusta el envase, le devolvemos el dinero.")).toHaveLength(0);
    expect(es("Le rogamos que se tranquilice: lo revisamos hoy.")[0]?.excerpt).toBe("se tranquilice");
    expect(es("No vamos a pedirle que se calme: tiene todo el derecho a estar molesto.")).toHaveLength(0);
    expect(es("Al resto les funciona, así que el fallo estará en su móvil.")).toHaveLength(1);
    expect(es("Su pedido estará en su domicilio el jueves.")).toHaveLength(0);
  });

  it("reads a shrug or an eye-roll said to the reader, not one beside an apology or thanks", () => {
    expect(en("Nobody's making you buy it 🤷").length).toBeGreaterThan(0);
    expect(en("Sure, and the dog ate your code too 🙄").map((v) => v.excerpt)).toContain("🙄");
    expect(es("Abre a las 10. Está en Google 🙄").map((v) => v.excerpt)).toEqual(["🙄"]);
    expect(en("Sorry for the wait 🙄 we're on it.")).toHaveLength(0);
    expect(es("¡Gracias por avisar! 🙃")).toHaveLength(0);
  });
});

describe("respect/dismissive: blame, repetition and belittling read after blind batch 7", () => {
  it("reads the reader's past as the condition, not our own fault or an offer", () => {
    expect(es("Si hubiera revisado el correo, sabría que el envío tardaba una semana.")).toHaveLength(1);
    expect(en("If you'd checked the size guide, this wouldn't have happened.")).toHaveLength(1);
    expect(es("Si hubiera sido un error nuestro, se lo reembolsaríamos; le explicamos por DM.")).toEqual([]);
    expect(en("If you'd like a refund instead, DM us your order number.")).toEqual([]);
  });

  it("reads a request said again as repetition, unless the sentence apologises", () => {
    expect(en("Again, send us your order number by DM.")).toHaveLength(1);
    expect(es("Otra vez le pedimos que nos envíe el número de pedido.")).toHaveLength(1);
    expect(en("Again, sorry for the wait: we're on it.")).toEqual([]);
    expect(es("Otra vez, perdón por las molestias; ya está en camino.")).toEqual([]);
  });

  it("reads our answers counted back at the reader, not the reader's messages counted", () => {
    expect(es("Es la cuarta vez que le respondemos lo mismo.")).toHaveLength(1);
    expect(en("This is the fourth time we've answered this.")).toHaveLength(1);
    expect(es("Es la cuarta vez que nos escribe y lo sentimos mucho.")).toEqual([]);
    expect(en("This is the fourth time you've had to write, and we're sorry.")).toEqual([]);
  });

  it("reads telling the reader off for shouting, and validation is not belittling", () => {
    expect(es("No hace falta gritar, le leemos igual.")).toHaveLength(1);
    expect(en("No need to shout, we can read you fine.")).toHaveLength(1);
    expect(es("No eres el único, ya estamos en ello.")).toEqual([]);
    expect(en("You're not the only one, and we're already fixing it.")).toEqual([]);
  });
});

describe("respect/dismissive: read after blind batch 8", () => {
  it("reads a repetition with an adverb inside the English perfect, and stays quiet on a plain one", () => {
    expect(en("As we've already said twice, please DM us.")).toHaveLength(1);
    expect(es("Como ya le hemos dicho dos veces, escríbanos por privado.")).toHaveLength(1);
    expect(en("We've already sent you the label by email.")).toEqual([]);
  });

  it("reads telling the reader to stop crying or to shut up", () => {
    expect(en("Stop crying, the code works.")).toHaveLength(1);
    expect(es("Deje de llorar, el código funciona.")).toHaveLength(1);
    expect(en("Shut up and wait for the courier.")).toHaveLength(1);
    expect(es("Cállese y espere al repartidor.")).toHaveLength(1);
  });

  it("keeps sympathy about bad luck clean", () => {
    expect(es("¡Qué mala suerte! Lo sentimos, le enviamos otra hoy.")).toEqual([]);
    expect(en("What bad luck! Sorry, we'll send another today.")).toEqual([]);
  });
});
