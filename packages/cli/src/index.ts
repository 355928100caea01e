/**
 * The normas command line as a library: run it in-process, or load policy files the way it does.
 *
 * @packageDocumentation
 */
export type { CliIo } from "./io.js";
export {
  CONFIG_FILE_NAMES,
  findPolicyFile,
  type LoadedPolicy,
  type LoadPolicyOptions,
  type LocatedIssue,
  loadPolicyFile,
  PolicyFileError,
} from "./policy-file.js";
export { run, VERSION } from "./program.js";
