import type { BrandCrisisState } from "../../engine/crisis-input.js";
import type { CrisisState } from "./crisis-state.js";
import type { CrisisProtocol } from "./protocol-schema.js";

/**
 * What evaluation needs from a crisis: derives the {@link BrandCrisisState} of `state` under `protocol`
 * (active flag, topics, publishing pause, roles that may speak freely, approved statements usable now,
 * one entry per language). Pass it as `crisis` in reply and post inputs.
 *
 * @example
 * ```ts
 * import { brandCrisisState, evaluateReply } from "@normas/core";
 * const verdict = evaluateReply(compiled, { brand: "acme-es", author, text, crisis: brandCrisisState(crisis.protocol, crisis.state) });
 * ```
 *
 * @category Workflows
 */
export function brandCrisisState(protocol: CrisisProtocol, state: CrisisState): BrandCrisisState {
  const def = Object.hasOwn(protocol.states, state.state) ? protocol.states[state.state] : undefined;
  const approvedMessages: BrandCrisisState["approvedMessages"] = [];
  for (const [id, m] of Object.entries(protocol.messages)) {
    if (!m.states.includes(state.state)) continue;
    if (m.text.en !== undefined) approvedMessages.push({ id, locale: "en", text: m.text.en });
    if (m.text.es !== undefined) approvedMessages.push({ id, locale: "es", text: m.text.es });
  }
  return {
    active: def?.active ?? false,
    crisisId: state.crisisId,
    state: state.state,
    ...(state.severity !== null ? { severity: state.severity } : {}),
    topics: [...state.topics],
    publishingPaused: state.publishingPaused,
    rolesAllowed: [...(def?.rolesAllowed ?? [])],
    approvedMessages,
  };
}
