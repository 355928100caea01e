import { describe, expect, test } from "vitest";
import { generated } from "../test/helpers.js";
import { addUsage, editContent, textOf } from "./content.js";

describe("editing the text of a response", () => {
  const tool = { type: "tool-call" as const, toolCallId: "c1", toolName: "lookup", input: "{}" };
  const content = [
    { type: "text" as const, text: "Hola, " },
    tool,
    { type: "text" as const, text: "¿puedes escribirnos?" },
  ];

  test("edits land in the part that holds them, other parts untouched", () => {
    const out = editContent(content, [{ start: 7, end: 13, text: "puede" }]);
    expect(textOf(out)).toBe("Hola, ¿puede escribirnos?");
    expect(out[1]).toBe(tool);
    expect(out[0]).toEqual({ type: "text", text: "Hola, " });
  });

  test("an edit across two parts is kept in the first, an insertion at the end in the last", () => {
    const out = editContent(content, [
      { start: 4, end: 7, text: " — " },
      { start: 26, end: 26, text: " ^AG" },
    ]);
    expect(textOf(out)).toBe("Hola — puedes escribirnos? ^AG");
    expect(out.map((c) => (c.type === "text" ? c.text : c.type))).toEqual([
      "Hola — ",
      "tool-call",
      "puedes escribirnos? ^AG",
    ]);
  });

  test("usage of several calls adds up", () => {
    const a = generated("x").usage;
    const total = addUsage(a, a);
    expect(total.inputTokens.total).toBe(40);
    expect(total.outputTokens.total).toBe(60);
    expect(total.inputTokens.cacheRead).toBeUndefined();
  });
});
