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
