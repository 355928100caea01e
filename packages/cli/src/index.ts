/**
 * The normas command line as a library: run it in-process. Policy files are loaded by `@normas/core/node`
 * (`loadPolicyFile`, `findPolicyFile`), re-exported here for code written against earlier versions.
 *
 * @packageDocumentation
 */
export {
  CONFIG_FILE_NAMES,
  findPolicyFile,
  type LoadedPolicy,
  type LoadPolicyOptions,
  type LocatedIssue,
  loadPolicyFile,
  PolicyFileError,
} from "@normas/core/node";
export type { CliIo } from "./io.js";
export { run, VERSION } from "./program.js";
