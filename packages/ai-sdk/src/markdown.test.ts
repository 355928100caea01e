import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { proseView, sourceSpan } from "./markdown.js";

const prose = (s: string) => proseView(s).text;

describe("proseView sees the prose of Markdown", () => {
  test.each([
    ["We **will refund** you.", "We will refund you."],
    ["Le *devolveremos* el __dinero__.", "Le devolveremos el dinero."],
    ["~~Cálmate~~ Cálmese.", "Cálmate Cálmese."],
    ["Use the `refund` form.", "Use the refund form."],
    ["re**fund**", "refund"],
    ["# Hola\n## Sorry", "Hola\nSorry"],
    ["> Mi pedido llega tarde.\n> > Y nadie contesta.", "Mi pedido llega tarde.\nY nadie contesta."],
    ["- ¿Puede enviarnos el pedido?\n* Gracias.\n+ Adiós.", "¿Puede enviarnos el pedido?\nGracias.\nAdiós."],
    ["1. Send us your order.\n2) Wait.", "Send us your order.\nWait."],
    ["[Escríbanos](https://acme.example/puedes) hoy.", "Escríbanos hoy."],
    ["[**Write** to us](https://acme.example/x)", "Write to us"],
    ["See ![our logo](https://acme.example/logo.png) here.", "See  here."],
    [
      "Write to <soporte@acme.example> or <https://acme.example>.",
      "Write to soporte@acme.example or https://acme.example.",
    ],
    ["```text\nWe will refund you.\n```", "\nWe will refund you.\n"],
    ["---\nHola.", "\nHola."],
    ["\\*not emphasis\\*", "*not emphasis*"],
  ])("%j → %j", (source, expected) => {
    expect(prose(source)).toBe(expected);
  });

  test.each([
    "order_number and snake_case stay",
    "about ~5 minutes",
    "5 * 3 = 15",
    "Press *️⃣ then 1.",
    "Plain text in Spanish: ¿Puede enviarnos el número?",
    "A [bracket] without a link (and parentheses).",
  ])("leaves %j as it is", (source) => {
    expect(prose(source)).toBe(source);
    expect(proseView(source).toRaw).toBeUndefined();
  });

  test("maps prose spans back onto the source", () => {
    const source = "We **will refund** you.";
    const view = proseView(source);
    const at = view.text.indexOf("will refund");
    const span = sourceSpan(view, at, at + "will refund".length);
    expect(source.slice(span.start, span.end)).toBe("will refund");
    // An insertion at the end of the prose lands at the end of the source.
    expect(sourceSpan(view, view.text.length, view.text.length)).toEqual({
      start: source.length,
      end: source.length,
    });
  });

  test("every prose character comes from the same character of the source, in order", () => {
    const piece = fc.constantFrom(
      "**",
      "*",
      "_",
      "__",
      "~~",
      "`",
      "[",
      "]",
      "(",
      ")",
      "](https://a.example/x)",
      "# ",
      "- ",
      "1. ",
      "> ",
      "\n",
      " ",
      "\\",
      "!",
      "<",
      ">",
      "word",
      "ñandú",
      "😀",
      ".",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const source = pieces.join("");
        const view = proseView(source);
        if (view.toRaw === undefined) return view.text === source;
        expect(view.toRaw).toHaveLength(view.text.length + 1);
        expect(view.toRaw[view.text.length]).toBe(source.length);
        let last = -1;
        for (let i = 0; i < view.text.length; i++) {
          const at = view.toRaw[i] as number;
          expect(at).toBeGreaterThan(last);
          expect(source[at]).toBe(view.text[i]);
          last = at;
        }
        return true;
      }),
    );
  });
});
