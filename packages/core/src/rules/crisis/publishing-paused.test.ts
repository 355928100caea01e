import { describe, expect, it } from "vitest";
import { evaluatePost } from "../../engine/evaluate.js";
import type { PostInput } from "../../engine/input.js";
import { policyFor } from "../../testing/rule-fixtures.js";
import { brandCrisisState } from "../../workflows/crisis/brand-crisis-state.js";
import { standardProtocol } from "../../workflows/crisis/standard-protocol.js";
import { drive, lead, pathTo } from "../../workflows/crisis/testing.js";
import { compilePolicy } from "../compile-policy.js";
import { publishingPausedRule as rule } from "./publishing-paused.js";

const paused = brandCrisisState(standardProtocol, drive(standardProtocol, pathTo("containment")));

// The rule is built in, so it is compiled from the catalogue (not passed again as a custom rule).
const compiled = compilePolicy(policyFor({ rules: { [rule.id]: "error" } }));
function checkPost(_rule: typeof rule, input: Partial<PostInput> & { text: string }) {
  const full: PostInput = { brand: "acme-es", author: { id: "ana", roles: ["agent"] }, ...input };
  return evaluatePost(compiled, full).violations.filter((v) => v.ruleId === rule.id);
}

describe("crisis/publishing-paused", () => {
  it("flags a scheduled post while publishing is paused, in Spanish", () => {
    const v = checkPost(rule, { text: "¡Vuela a Roma por 19 €!", kind: "scheduled", crisis: paused });
    expect(v).toHaveLength(1);
    expect(v[0]?.severity).toBe("error");
    expect(v[0]?.message).toBe(
      "La publicación está en pausa por el protocolo de crisis (containment): retenga esta publicación programada hasta que se reanude.",
    );
  });

  it("flags a promotional post while publishing is paused, in English", () => {
    const v = checkPost(rule, {
      brand: "acme-en",
      text: "Fly to Rome for £19!",
      kind: "promotional",
      crisis: paused,
    });
    expect(v[0]?.message).toBe(
      "Publishing is paused by the crisis protocol (containment): hold this promotional post until it is resumed.",
    );
  });

  it("lets organic posts and profile updates through: the team still speaks during a crisis", () => {
    expect(checkPost(rule, { text: "Seguimos informando.", kind: "organic", crisis: paused })).toEqual([]);
    expect(checkPost(rule, { text: "Bio", kind: "profile-update", crisis: paused })).toEqual([]);
  });

  it("lets scheduled posts through once publishing is resumed, or with no crisis", () => {
    const recovering = drive(standardProtocol, [
      ...pathTo("recovery"),
      { type: "resume-publishing", ...lead },
    ]);
    const resumed = brandCrisisState(standardProtocol, recovering);
    expect(resumed.active).toBe(true);
    expect(checkPost(rule, { text: "¡Oferta!", kind: "promotional", crisis: resumed })).toEqual([]);
    expect(checkPost(rule, { text: "¡Oferta!", kind: "promotional" })).toEqual([]);
  });
});
