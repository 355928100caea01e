import { describe, expect, it } from "vitest";
import { classifyComment } from "./classify.js";

const grounds = (text: string, lang: "es" | "en") => classifyComment(text, lang).groundsFound;

describe("grounds read by frames", () => {
  it("finds hate as a group beside a generalisation, not a group named neutrally", () => {
    expect(
      grounds("Normal que el servicio sea malo, con tanto moro trabajando en los almacenes", "es"),
    ).toContain("hate");
    expect(
      grounds("No wonder the warehouse is a mess, it's full of immigrants. Send them back.", "en"),
    ).toContain("hate");
    expect(grounds("Gracias por el anuncio con mujeres ingenieras, ¡qué bonito!", "es")).toEqual([]);
    expect(grounds("Great to see immigrants' stories in your new campaign.", "en")).toEqual([]);
  });

  it("finds conditional and third-person threats, not a denied one", () => {
    expect(grounds("A ese encargado alguien le tendría que partir las piernas a la salida", "es")).toContain(
      "threat",
    );
    expect(grounds("If my refund isn't in by Friday someone will get hurt.", "en")).toContain("threat");
    expect(
      grounds("I know which car park your delivery driver uses. He'd better watch himself.", "en"),
    ).toContain("threat");
    expect(grounds("Don't buy it, mine got so hot it scorched my desk. You've been warned.", "en")).toEqual(
      [],
    );
  });

  it("finds body-shaming of an identifiable person, not of a product", () => {
    expect(
      grounds("La gorda de la caja 3 del Frescalia de Gran Vía no cabe ni detrás del mostrador", "es"),
    ).toContain("harassment");
    expect(
      grounds("The fat bloke on the till at the Oxford Street shop can barely fit behind the counter", "en"),
    ).toContain("harassment");
    expect(grounds("The new can is ugly and too fat to fit my cup holder.", "en")).toEqual([]);
  });

  it("finds phishing for card data, dodged links, illicit offers and numbers spelt out", () => {
    expect(
      grounds("¡Frescalia regala 500 €! Manda por privado el número de tu tarjeta y el CVV", "es"),
    ).toContain("spam");
    expect(grounds("Made £3k this month, check earn-fast dot co dot uk slash bright", "en")).toContain(
      "spam",
    );
    expect(grounds("Vendo Ozempic sin receta, envíos discretos a toda España", "es")).toContain("illegal");
    expect(grounds("Anyone want cloned Pros, no serial numbers, cash only", "en")).toContain("illegal");
    expect(
      grounds("Que me llame alguien al seis uno cuatro, veintidós, treinta y ocho, noventa y uno", "es"),
    ).toContain("personal-data");
    expect(grounds("They charged me twice, my card is 4929 1234 5678 9012 exp 08/27", "en")).toContain(
      "personal-data",
    );
    expect(grounds("Escribidme a maria.lopez82@gmail.com", "es")).toEqual(["personal-data"]);
    expect(grounds("reach me at jenna dot marsh at gmail dot com", "en")).not.toContain("spam");
  });

  it("finds a blow to a body part, credentials asked for and a National Insurance number", () => {
    expect(grounds("Refund me by Friday or I'm coming down to smash the manager's face in.", "en")).toContain(
      "threat",
    );
    expect(grounds("Como no me devuelvan el dinero le parto la cara al encargado", "es")).toContain("threat");
    expect(grounds("I'd break a leg to get tickets for the launch!", "en")).toEqual([]);
    expect(
      grounds(
        "Hola, soy de soporte. Mándame tu clave de banca y el código SMS para hacerte el reembolso",
        "es",
      ),
    ).toContain("spam");
    expect(grounds("National Insurance number of the girl who served me: QQ 12 34 56 C.", "en")).toContain(
      "personal-data",
    );
  });
});

describe("warnings, weapons, stalking and exclusion", () => {
  it("reads a vague warning alone as a customer's warning, not a threat", () => {
    expect(grounds("No les compréis nada, tardan semanas y no responden. Avisados estáis.", "es")).toEqual(
      [],
    );
    expect(grounds("Don't order from them, it took a month. You've been warned.", "en")).toEqual([]);
  });

  it("reads a warning beside a weapon the writer has as a threat", () => {
    expect(grounds("Tengo una pistola en casa. Ustedes verán si me devuelven el dinero.", "es")).toContain(
      "threat",
    );
    expect(
      grounds("I've got a knife and plenty of patience. Your call whether you refund me.", "en"),
    ).toContain("threat");
    expect(grounds("Tengo un cuchillo de cocina vuestro que se ha oxidado en una semana.", "es")).toEqual([]);
    expect(grounds("I have a knife set from you and the handle snapped.", "en")).toEqual([]);
  });

  it("reads knowing an employee's hours or car as intimidation", () => {
    expect(
      grounds("Sé a qué hora sale el dependiente de la tienda del centro. Ahí lo dejo.", "es"),
    ).toContain("threat");
    expect(grounds("I know what time the cashier at the Bath branch leaves. Just saying.", "en")).toContain(
      "threat",
    );
  });

  it("reads telling people to go back to their country as hate", () => {
    expect(grounds("Que se vayan a su país y contraten a gente de aquí.", "es")).toContain("hate");
    expect(grounds("Send them all back and hire locals instead.", "en")).toContain("hate");
    expect(grounds("Volví a mi país en verano y allí tampoco lo venden.", "es")).toEqual([]);
    expect(grounds("I went back to my country for the summer and you don't ship there.", "en")).toEqual([]);
  });
});

describe("grounds read after blind batch 9", () => {
  it("reads a blow to the face or jaw in any tense, and burning a shop down", () => {
    expect(grounds("Si vuelve ese repartidor a mi calle le rompo la cara.", "es")).toContain("threat");
    expect(grounds("If that driver comes back I'm breaking his jaw.", "en")).toContain("threat");
    expect(grounds("No refund this week and I'll burn your Leeds shop down.", "en")).toContain("threat");
    expect(grounds("I broke my phone screen dropping your cable box.", "en")).toEqual([]);
  });

  it("reads `have no place` said of a group as hate, not of an idea", () => {
    expect(grounds("Gays have no place in your adverts.", "en")).toContain("hate");
    expect(grounds("Los gays no tienen cabida en vuestros anuncios.", "es")).toContain("hate");
    expect(grounds("Plastic straws have no place in 2026.", "en")).toEqual([]);
  });

  it("reads knock-off goods on offer and account-lock phishing", () => {
    expect(grounds("Knockoff Chispa Lime at half price, wholesale.", "en")).toContain("illegal");
    expect(grounds("Imitaciones de Chispa Limón a mitad de precio, al por mayor.", "es")).toContain(
      "illegal",
    );
    expect(grounds("Your account has been locked! Verify now or lose your points.", "en")).toContain("spam");
    expect(grounds("Tu cuenta ha sido bloqueada, verifica ahora o perderás tus puntos.", "es")).toContain(
      "spam",
    );
  });
});
