import { describe, expect, it } from "vitest";
import { checkReply } from "../../testing/rule-fixtures.js";
import { unacknowledgedComplaintRule } from "./unacknowledged-complaint.js";

const reply = (brand: string, comment: string | undefined, text: string) =>
  checkReply(unacknowledgedComplaintRule, {
    brand,
    text,
    ...(comment === undefined ? {} : { inReplyTo: { text: comment } }),
  });

describe("respect/unacknowledged-complaint", () => {
  it("reports a reply that ignores a Spanish complaint, with a fix that acknowledges it", () => {
    const text = "Nuestros envíos cumplen todos los estándares.";
    const [v] = reply("acme-es", "El pedido llegó roto y nadie me contesta. Fatal.", text);
    expect(v?.span).toEqual({ start: 0, end: text.length });
    expect(v?.suggestions?.[0]?.edits[0]).toEqual({ start: 0, end: 0, text: "Lamentamos lo ocurrido. " });
  });

  it("uses the brand's address in the Spanish fix", () => {
    const [v] = reply("acme-tu", "Pésima atención, no vuelvo.", "Abrimos de 10 a 22 h.");
    expect(v?.suggestions?.[0]?.edits[0]?.text).toBe("Sentimos lo ocurrido. ");
  });

  it("reports a reply that ignores an English complaint", () => {
    expect(reply("acme-en", "Terrible service, never again.", "Our store is open 9 to 6.")).toHaveLength(1);
  });

  it("passes an acknowledgement or a next step", () => {
    expect(reply("acme-es", "El pedido llegó roto. Fatal.", "Lo sentimos mucho.")).toHaveLength(0);
    expect(
      reply("acme-es", "El pedido llegó roto. Fatal.", "Escríbanos por DM con su número de pedido."),
    ).toHaveLength(0);
    expect(reply("acme-en", "Awful, broken on arrival.", "Could you DM us your order number?")).toHaveLength(
      0,
    );
  });

  it("does not fire on positive or neutral comments, nor without a comment", () => {
    expect(reply("acme-es", "¡Me encanta, está buenísimo!", "¡Gracias!")).toHaveLength(0);
    expect(reply("acme-en", "What time do you open?", "At 9am.")).toHaveLength(0);
    expect(reply("acme-en", undefined, "At 9am.")).toHaveLength(0);
  });
});

describe("respect/unacknowledged-complaint: complaints and hollow acknowledgements read after blind batch 7", () => {
  it("reads silence, lock-outs and short change as complaints", () => {
    expect(reply("acme-es", "Os mandé la foto el lunes y silencio absoluto.", "Un saludo.")).toHaveLength(1);
    expect(reply("acme-en", "Sent you the photo on Monday, then silence.", "Kind regards.")).toHaveLength(1);
    expect(
      reply("acme-es", "Me han bloqueado la cuenta sin avisar", "Nuestra app está disponible para iOS."),
    ).toHaveLength(1);
    expect(reply("acme-en", "The cashier shortchanged me £5", "Our store opens at 8am.")).toHaveLength(1);
  });

  it("does not count validation that brushes the reader off, but counts an apology beside it", () => {
    expect(
      reply(
        "acme-en",
        "Sent you the photo on Monday, then silence.",
        "Patience, you're not our only customer.",
      ),
    ).toHaveLength(1);
    expect(
      reply(
        "acme-es",
        "Os mandé la foto el lunes y silencio absoluto.",
        "Paciencia, que no es el único cliente que tenemos.",
      ),
    ).toHaveLength(1);
    expect(
      reply(
        "acme-en",
        "Sent you the photo on Monday, then silence.",
        "Sorry for the silence, we're checking your photo now.",
      ),
    ).toEqual([]);
    expect(
      reply(
        "acme-es",
        "Os mandé la foto el lunes y silencio absoluto.",
        "Disculpe el silencio, ya estamos revisándola.",
      ),
    ).toEqual([]);
  });

  it("counts a real next step said beside a jab", () => {
    expect(
      reply(
        "acme-en",
        "The timer keeps resetting to midnight",
        "Keep your hair on. Unplug it and plug it back in.",
      ),
    ).toEqual([]);
    expect(
      reply(
        "acme-es",
        "El temporizador se reinicia solo cada noche",
        "Tampoco es para tanto. Desenchúfelo y vuelva a enchufarlo.",
      ),
    ).toEqual([]);
  });
});
