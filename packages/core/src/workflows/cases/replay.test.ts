import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../model/errors.js";
import { WorkflowError } from "../errors.js";
import { applyCaseCommand } from "./apply-command.js";
import type { CaseCommandInput } from "./commands.js";
import { openCase, parseCaseState } from "./open.js";
import { replayCase } from "./replay.js";
import type { CaseState } from "./state.js";
import { analysis, caseIn, cleanVerdict, failingVerdict, measurement, opening, t } from "./test-fixtures.js";

// Property runs are many; on a loaded machine they may take longer than the default 5 s (a limit, not a check).
const PROPERTY_TIME = { timeout: 120_000 };

const people = fc.constantFrom("ana", "bea", "carlos");
const eventArb: fc.Arbitrary<CaseCommandInput | { type: string }> = fc.oneof(
  fc.record({
    type: fc.constant("measure" as const),
    by: people,
    measurement: fc.integer({ min: 0, max: 80_000 }).map((f) => measurement(f)),
  }),
  fc.record({
    type: fc.constant("analyze" as const),
    by: people,
    analysis: fc
      .tuple(fc.constantFrom("es" as const, "en" as const), fc.integer({ min: 0, max: 5 }))
      .map(([l, d]) => analysis(l, d)),
  }),
  fc.record({
    type: fc.constant("draft" as const),
    by: people,
    text: fc.constantFrom("Lamentamos el retraso.", "Sorry for the delay."),
    verdict: fc.constantFrom(cleanVerdict, cleanVerdict, failingVerdict),
  }),
  fc.record({ type: fc.constant("approve" as const), by: people }),
  fc.record({
    type: fc.constant("publish" as const),
    by: people,
    text: fc.constantFrom("Lamentamos el retraso.", "Sorry for the delay."),
  }),
  fc.record({ type: fc.constantFrom("teleport", "close") }),
);

/** An event that fits the case's current phase, with random details that may still be refused. */
function fitting(state: CaseState, c: Choice): CaseCommandInput {
  const text = c.sameText && state.draft !== undefined ? state.draft.text : c.text;
  switch (state.phase) {
    case "measure":
      return { type: "measure", by: c.by, measurement: measurement(c.followers) };
    case "analyze":
      return { type: "analyze", by: c.by, analysis: analysis(c.lang, c.depth) };
    case "meditate":
      return state.draft !== undefined && c.approve
        ? { type: "approve", by: c.by }
        : { type: "draft", by: c.by, text, verdict: c.badVerdict ? failingVerdict : cleanVerdict };
    default:
      return c.approve
        ? { type: "draft", by: c.by, text, verdict: cleanVerdict }
        : { type: "publish", by: c.by, text, ...(c.badVerdict ? { verdict: failingVerdict } : {}) };
  }
}

const choiceArb = fc.record({
  random: fc.boolean().chain((r) => (r ? fc.nat(3).map((n) => n === 0) : fc.constant(false))),
  event: eventArb,
  by: people,
  lang: fc.constantFrom("es" as const, "en" as const),
  followers: fc.constantFrom(0, 500, 10_000, 60_000),
  depth: fc.integer({ min: 0, max: 6 }),
  approve: fc.boolean(),
  badVerdict: fc.nat(4).map((n) => n === 0),
  sameText: fc.nat(3).map((n) => n > 0),
  text: fc.constantFrom("Lamentamos el retraso.", "Sorry for the delay."),
  gap: fc.integer({ min: -1, max: 12 }),
});
type Choice = typeof choiceArb extends fc.Arbitrary<infer C> ? C : never;

describe("replayCase", PROPERTY_TIME, () => {
  it("rebuilds exactly the same state from any case's history (property)", () => {
    const phases = new Set<string>();
    fc.assert(
      fc.property(
        fc.constantFrom("es" as const, "en" as const),
        fc.integer({ min: 0, max: 80_000 }),
        fc.array(choiceArb, { maxLength: 16 }),
        (lang, followers, choices) => {
          let state = openCase(opening(lang, followers), t(0));
          let minute = 0;
          for (const c of choices) {
            minute += c.gap;
            const event = c.random ? (c.event as CaseCommandInput) : fitting(state, c);
            const result = applyCaseCommand(state, event, t(minute));
            if (result.accepted) state = result.state;
          }
          phases.add(state.phase);
          const rebuilt = replayCase(state.history);
          expect(rebuilt).toEqual(state);
          // And through JSON, as a store would keep it.
          const stored = JSON.parse(JSON.stringify(state));
          expect(replayCase(parseCaseState(stored).history)).toEqual(state);
        },
      ),
      { numRuns: 200 },
    );
    // The generator reaches every phase, so the property covers whole cases, not just openings.
    expect([...phases].sort()).toEqual(["act", "analyze", "closed", "measure", "meditate"]);
  });

  it("replays the full happy path of a high-reach case in Spanish and English", () => {
    for (const lang of ["es", "en"] as const) {
      const state = caseIn("closed", lang, 50_000);
      expect(state.phase).toBe("closed");
      expect(replayCase(state.history)).toEqual(state);
    }
  });

  it("throws WorkflowError (WORKFLOW_REFUSED) on a tampered history", () => {
    const state = caseIn("closed", "es", 50_000);
    const approve = state.history.findIndex((h) => h.command.type === "approve");
    const tampered = state.history.map((h, i) =>
      i === approve ? { ...h, by: "ana", command: { type: "approve" as const, by: "ana" } } : h,
    );
    expect(() => replayCase(tampered)).toThrow(WorkflowError);
    try {
      replayCase(tampered, "es");
    } catch (e) {
      expect((e as WorkflowError).code).toBe("WORKFLOW_REFUSED");
      expect((e as WorkflowError).refusal?.code).toBe("self_approval");
      expect((e as WorkflowError).message).toContain("no puede aprobarlo");
    }
  });

  it("throws InputError on a malformed history or one that does not start with the opening", () => {
    const state = caseIn("analyze", "en");
    expect(() => replayCase([])).toThrow(InputError);
    expect(() => replayCase(state.history.slice(1))).toThrow(InputError);
    expect(() => replayCase([state.history[0], state.history[0]] as never)).toThrow(InputError);
    expect(() => replayCase([{ seq: 0 }] as never)).toThrow(InputError);
    // Events out of sequence (one removed or reordered) are refused, not renumbered.
    const meditating = caseIn("meditate", "en");
    expect(() =>
      replayCase([meditating.history[0], meditating.history[2], meditating.history[1]] as never),
    ).toThrow(/sequence|seq/);
  });

  it("parseCaseState rejects a corrupted store entry with paths", () => {
    const stored = JSON.parse(JSON.stringify(caseIn("act", "es")));
    stored.phase = "done";
    try {
      parseCaseState(stored, "es");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues.map((i) => i.pathText)).toContain("phase");
    }
  });
});

describe("applyCaseCommand on something that is not a case", () => {
  it("throws InputError instead of crashing", () => {
    expect(() => applyCaseCommand({} as never, { type: "approve", by: "x" }, t(0))).toThrow(InputError);
    expect(() => applyCaseCommand(null as never, { type: "approve", by: "x" }, t(0))).toThrow(
      /openCase or parseCaseState/,
    );
  });
});

describe("openCase", () => {
  it("refuses a bad opening and a bad date with InputError", () => {
    expect(() => openCase({ ...opening("es"), id: "" }, t(0))).toThrow(InputError);
    expect(() => openCase(opening("en"), Number.NaN, "es")).toThrow(/se recibió NaN/);
    for (const bad of [undefined, "2026-01-01", new Date(0), Number.POSITIVE_INFINITY, 1e20, 1.5, -1]) {
      expect(() => openCase(opening("en"), bad as never)).toThrow(InputError);
    }
    expect(() => openCase({ ...opening("es"), settings: { minWhys: 0 } }, t(0))).toThrow(InputError);
  });

  it("opens a case on a planned profile update", () => {
    const state = openCase(
      {
        id: "p1",
        brand: "acme-es",
        by: "ana",
        subject: { kind: "profile-update", description: "Nueva bio de verano" },
      },
      t(0),
    );
    expect(state).toMatchObject({
      phase: "measure",
      subject: { kind: "profile-update" },
      reviewRequired: false,
    });
  });
});
