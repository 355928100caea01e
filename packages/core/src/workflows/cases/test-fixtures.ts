// Fixtures for the cases tests (internal: not exported from the package).
import type { Verdict } from "../../model/violation.js";
import { applyCaseCommand } from "./apply-command.js";
import type { AnalysisInput, MeasurementInput } from "./artifacts.js";
import type { CaseCommandInput, OpenCaseInput } from "./commands.js";
import { openCase } from "./open.js";
import type { CaseState } from "./state.js";

/** A time `minutes` after 2026-11-23 09:00 UTC, in epoch milliseconds. */
export const t = (minutes: number): number => Date.UTC(2026, 10, 23, 9, 0) + minutes * 60_000;

/** A verdict without violations. */
export const cleanVerdict: Verdict = { ok: true, violations: [], errorCount: 0, warningCount: 0 };

/** A verdict with one error and one warning. */
export const failingVerdict: Verdict = {
  ok: false,
  errorCount: 1,
  warningCount: 1,
  violations: [
    {
      ruleId: "respect/blame-customer",
      norm: 2,
      severity: "error",
      messageId: "blame",
      message: "Do not blame the customer.",
      span: { start: 0, end: 10 },
      excerpt: "Usted debió",
      evidence: { term: "debió", list: ["a", 1, true, null] },
      docsUrl: "docs/rules/respect/blame-customer.md",
    },
    {
      ruleId: "voice/sign-off",
      norm: 4,
      severity: "warning",
      messageId: "missing",
      message: "Sign off.",
      docsUrl: "docs/rules/voice/sign-off.md",
    },
  ],
};

/** Opening of a case on a Spanish or English comment. */
export function opening(lang: "es" | "en", followers = 120): OpenCaseInput {
  return {
    id: `case-${lang}`,
    brand: lang === "es" ? "acme-es" : "acme-en",
    by: "ana",
    subject: {
      kind: "comment",
      comment:
        lang === "es"
          ? { text: "Mi pedido llega tarde otra vez.", author: { handle: "@marta", followers } }
          : { text: "My order is late again.", author: { handle: "@sam", followers } },
    },
  };
}

/** A measurement with the given reach and sentiment. */
export function measurement(followers: number, label: "negative" | "neutral" = "negative"): MeasurementInput {
  return {
    sentiment: { label, score: label === "negative" ? -0.7 : 0 },
    grounds: [],
    reach: { followers },
    history: { comments: 3, complaints: 1, removed: 0 },
    similar: { count: 4, windowMinutes: 120 },
  };
}

const chains = {
  es: [
    { why: "¿Por qué llegó tarde el pedido?", because: "Porque salió del almacén un día tarde." },
    { why: "¿Por qué salió un día tarde?", because: "Porque perdió la recogida del transportista." },
    { why: "¿Por qué perdió la recogida?", because: "Porque el transportista recoge a las 18:00." },
    { why: "¿Por qué no lo sabíamos?", because: "Porque la web corta a las 20:00." },
    { why: "¿Por qué la web corta a las 20:00?", because: "Porque nadie actualizó la hora de corte." },
  ],
  en: [
    { why: "Why was the order late?", because: "It left the warehouse a day late." },
    { why: "Why did it leave a day late?", because: "It missed the carrier's pickup." },
    { why: "Why did it miss the pickup?", because: "The carrier collects at 18:00." },
    { why: "Why did we not know?", because: "The website cut-off is 20:00." },
    { why: "Why is the website cut-off 20:00?", because: "Nobody updated the cut-off time." },
  ],
};

/** An analysis with `depth` steps in Spanish or English, ending in a carrier cut-off root cause. */
export function analysis(lang: "es" | "en", depth = 3): AnalysisInput {
  return {
    category: "complaint",
    whys: chains[lang].slice(0, depth),
    rootCause:
      lang === "es"
        ? {
            statement: "La hora de corte de la web no coincide con la del transportista.",
            owner: "logística",
          }
        : { statement: "The website cut-off does not match the carrier's.", owner: "logistics" },
  };
}

/** Applies commands in order at the given minutes, failing loudly on a refusal. */
export function run(state: CaseState, steps: readonly [number, CaseCommandInput][]): CaseState {
  let current = state;
  for (const [minutes, command] of steps) {
    const result = applyCaseCommand(current, command, t(minutes));
    if (!result.accepted)
      throw new Error(`refused ${command.type}: ${result.refusal.code} ${result.refusal.message.en}`);
    current = result.state;
  }
  return current;
}

/** A case in the given phase (low reach unless `followers` says otherwise). */
export function caseIn(
  phase: "measure" | "analyze" | "meditate" | "act" | "closed",
  lang: "es" | "en" = "es",
  followers = 120,
): CaseState {
  const steps: [number, CaseCommandInput][] = [
    [1, { type: "measure", by: "ana", measurement: measurement(followers) }],
    [2, { type: "analyze", by: "ana", analysis: analysis(lang, followers >= 10_000 ? 5 : 3) }],
    [
      3,
      {
        type: "draft",
        by: "ana",
        text: lang === "es" ? "Lamentamos el retraso." : "Sorry for the delay.",
        verdict: cleanVerdict,
      },
    ],
  ];
  if (followers >= 10_000) steps.push([4, { type: "approve", by: "bea" }]);
  steps.push([
    20,
    { type: "publish", by: "ana", text: lang === "es" ? "Lamentamos el retraso." : "Sorry for the delay." },
  ]);
  const count = {
    measure: 0,
    analyze: 1,
    meditate: 2,
    act: followers >= 10_000 ? 4 : 3,
    closed: steps.length,
  }[phase];
  return run(openCase(opening(lang, followers), t(0)), steps.slice(0, count));
}
