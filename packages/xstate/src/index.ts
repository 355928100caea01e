/**
 * `@normas/xstate`: a normas crisis protocol as an XState v5 machine. Every decision stays in `@normas/core`;
 * this package only translates (guards ask the core's `transition`, actions store what it computed).
 *
 * @packageDocumentation
 */
export { type CrisisMachineLike, fromMachineSnapshot, toMachineSnapshot } from "./snapshot.js";
export {
  type AllowedParams,
  type CrisisEffectHandlers,
  type CrisisMachineContext,
  type CrisisMachineEmitted,
  type CrisisMachineInput,
  DEADLINE_DELAY,
  REARM_EVENT,
  type ToMachineOptions,
  toMachine,
} from "./to-machine.js";
