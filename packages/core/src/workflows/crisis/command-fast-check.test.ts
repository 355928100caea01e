import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CrisisCommandSchema } from "./command.js";
import { isPlainValidCommand } from "./command-fast-check.js";

// Property runs are many; on a loaded machine they may take longer than the default 5 s (a limit, not a check).
const PROPERTY_TIME = { timeout: 120_000 };

const str = fc.oneof(
  fc.string({ minLength: 0, maxLength: 3 }),
  fc.string({ minLength: 60, maxLength: 70 }),
  fc.string({ minLength: 195, maxLength: 205 }),
  fc.constantFrom("en", "es", "fr", "contain", "ana", "legal", "filtración"),
);
const value = fc.oneof(
  str,
  fc.constant(undefined),
  fc.integer(),
  fc.constant(null),
  fc.array(str, { maxLength: 2 }),
);
const key = fc.constantFrom(
  "type",
  "actor",
  "role",
  "reason",
  "severity",
  "lead",
  "messageId",
  "lang",
  "topics",
  "slots",
  "extra",
  "__proto__",
);
const command = fc.oneof(
  fc.dictionary(key, value, { maxKeys: 9 }),
  fc.record(
    {
      type: str,
      actor: str,
      role: str,
      reason: fc.oneof(str, fc.constant(undefined)),
      severity: str,
      lead: str,
      messageId: str,
      lang: str,
      topics: fc.array(str, { maxLength: 3 }),
      slots: fc.dictionary(str, str, { maxKeys: 3 }),
    },
    { requiredKeys: ["type", "actor", "role"] },
  ),
  fc.anything(),
);

describe("isPlainValidCommand (the runtime's fast path before zod)", PROPERTY_TIME, () => {
  it("accepts only what CrisisCommandSchema accepts, with the same data", () => {
    fc.assert(
      fc.property(command, (c) => {
        if (!isPlainValidCommand(c)) return;
        const parsed = CrisisCommandSchema.safeParse(c);
        expect(parsed.success).toBe(true);
        if (parsed.success) expect(parsed.data).toEqual(c);
      }),
      { numRuns: 2000 },
    );
  });

  it("takes the fast path for plain valid commands in both languages", () => {
    const es = { type: "contain", actor: "ana", role: "community-manager", reason: "filtración de datos" };
    const en = {
      type: "publish-statement",
      actor: "bob",
      role: "legal",
      messageId: "holding",
      lang: "en" as const,
    };
    for (const c of [es, en]) {
      expect(isPlainValidCommand(c)).toBe(true);
      expect(CrisisCommandSchema.safeParse(c).success).toBe(true);
    }
  });

  it("leaves bad or unusual commands to zod", () => {
    const bad = [
      { type: "", actor: "ana", role: "cm" },
      { type: "x", actor: "ana", role: "cm", lang: "fr" },
      { type: "x", actor: "ana", role: "cm", extra: 1 },
      { type: "x", actor: "ana", role: "cm", topics: [""] },
      { type: "x", actor: "ana", role: "cm", slots: { fecha: "" } },
      { type: "x", actor: "ana", role: "cm", lessons: [{ lesson: "l", owner: "o" }] },
      Object.assign(Object.create({ inherited: true }), { type: "x", actor: "a", role: "r" }),
      ["x"],
      null,
    ];
    for (const c of bad) expect(isPlainValidCommand(c)).toBe(false);
  });
});
