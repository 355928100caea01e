import { describe, expect, it } from "vitest";
import { checkReply } from "../../testing/rule-fixtures.js";
import { dismissiveRule } from "../respect/dismissive.js";
import { insultRule } from "../respect/insult.js";
import { aimedAfter, aimedAtPerson, vocative } from "./insult-matcher.js";

const at = (text: string, word: string) => text.indexOf(word);
const insults = (text: string, brand = "acme-tu") => checkReply(insultRule, { brand, text });
const dismissive = (text: string, brand = "acme-es") => checkReply(dismissiveRule, { brand, text });

describe("insults aimed at the reader", () => {
  it("sees a noun said of someone when it closes its clause, not an adjective before a noun", () => {
    const a = "Ni caso a este troll, es un amargado.";
    expect(aimedAtPerson(a, at(a, "troll"))).toBe(true);
    expect(aimedAtPerson(a, at(a, "amargado"))).toBe(true);
    const b = "Ignore this troll, he's a clown.";
    expect(aimedAtPerson(b, at(b, "clown"))).toBe(true);
    const c = "This useless cable is going back.";
    expect(aimedAtPerson(c, at(c, "useless"))).toBe(false);
  });

  it("reads `hay que ser`, intensifiers and a reader named after the word", () => {
    const a = "Hay que ser tonto de verdad.";
    expect(aimedAtPerson(a, at(a, "tonto"))).toBe(true);
    const b = "You're clearly too thick to follow it.";
    expect(aimedAtPerson(b, at(b, "thick"))).toBe(true);
    const c = "Nobody cares what a loser like you thinks.";
    expect(aimedAfter(c, at(c, "loser") + 5)).toBe(true);
    const d = "Qué comentario, pinche ridículo.";
    expect(vocative(d, at(d, "ridículo"), at(d, "ridículo") + 8)).toBe(true);
  });

  it("reports new insults in Spanish and English, spoken spellings included", () => {
    expect(insults("Eres un pringao, tío.")).toHaveLength(1);
    expect(insults("Váyase a freír espárragos.", "acme-es")).toHaveLength(1);
    expect(insults("You're such a tosser, mate.", "acme-us")).toHaveLength(1);
    expect(insults("Go jump in a lake.", "acme-us")).toHaveLength(1);
  });

  it("leaves product criticism, praise and innocent words alone", () => {
    expect(insults("El envío fue lento, lo sentimos.")).toHaveLength(0);
    expect(insults("That cable is a bit slow to charge.", "acme-us")).toHaveLength(0);
    expect(insults("The old charger design was awful, and the new one fixes that.", "acme-us")).toHaveLength(
      0,
    );
  });
});

describe("dismissive phrasings", () => {
  it("reports blame shifting and condescension in other words", () => {
    expect(dismissive("Eso no es cosa nuestra; debió usted revisar el pedido.")).toHaveLength(2);
    expect(dismissive("La culpa es tuya por dejarlo al sol.", "acme-tu")).toHaveLength(1);
    expect(dismissive("As we have said repeatedly, this is closed.", "acme-en")).toHaveLength(1);
    expect(dismissive("Nobody asked for your opinion.", "acme-en")).toHaveLength(1);
  });

  it("leaves apologies and quoted words alone", () => {
    expect(dismissive("No es culpa tuya para nada, a veces la app falla.", "acme-tu")).toHaveLength(0);
    expect(
      dismissive("Your message said 'you should have warned us', and that's fair.", "acme-en"),
    ).toHaveLength(0);
    expect(dismissive("You should have received a confirmation email.", "acme-en")).toHaveLength(0);
  });
});
