/**
 * Node.js helpers (the only part of normas that reads files): load policy files the way `normas check` does —
 * JSON or YAML, `extends` of other files, every problem with its file, line and column — find them upward from
 * a folder, apply their per-glob `overrides`, and read text files and JSON documents strictly.
 *
 * @example
 * ```ts
 * import { compilePolicy, evaluateReply } from "@normas/core";
 * import { findPolicyFile, loadPolicyFile } from "@normas/core/node";
 *
 * const { policy } = await loadPolicyFile(findPolicyFile(process.cwd()) ?? "normas.config.yaml");
 * const compiled = compilePolicy(policy);
 * ```
 *
 * @packageDocumentation
 */

export { type DecodeProblem, type DecodeResult, decodeText } from "./node/decode.js";
export { matchGlob } from "./node/glob.js";
export {
  type JsonDocument,
  type JsonParseResult,
  type JsonRange,
  type JsonSyntaxProblem,
  lineColumnOf,
  MAX_JSON_DEPTH,
  parseJsonDocument,
} from "./node/json-document.js";
export { type FileOverrides, overridesFor, withRuleOverrides } from "./node/overrides.js";
export {
  CONFIG_FILE_NAMES,
  findPolicyFile,
  type LoadedPolicy,
  type LoadPolicyOptions,
  type LocatedIssue,
  loadPolicyFile,
  PolicyFileError,
} from "./node/policy-file.js";
