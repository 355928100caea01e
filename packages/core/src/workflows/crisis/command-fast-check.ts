import { type CrisisCommand, isSlotMap } from "./command.js";

// Longest allowed length of each plain-string member of `CrisisCommandSchema` (all have `min(1)`).
const STRING_MAX: Readonly<Record<string, number>> = {
  type: 64,
  actor: 200,
  role: 64,
  reason: 2000,
  severity: 64,
  lead: 200,
  messageId: 64,
};

const okString = (v: unknown, max: number): boolean =>
  typeof v === "string" && v.length >= 1 && v.length <= max;

/**
 * A structural check that accepts only commands `CrisisCommandSchema` accepts: a plain object whose
 * members are the schema's plain strings (`type`, `actor`, `role` present; `reason`, `severity`, `lead`,
 * `messageId`, `lang`, `topics`, `slots` optional) within their limits. Anything else (including valid
 * commands with `lessons`) returns false, and the caller falls back to zod, which also builds the
 * error report. Saves a zod parse on the common command.
 * @internal
 */
export function isPlainValidCommand(value: unknown): value is CrisisCommand {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const obj = value as Record<string, unknown>;
  if (!okString(obj.type, 64) || !okString(obj.actor, 200) || !okString(obj.role, 64)) return false;
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (key === "lang") {
      if (v !== undefined && v !== "en" && v !== "es") return false;
      continue;
    }
    if (key === "slots") {
      if (v !== undefined && !isSlotMap(v)) return false;
      continue;
    }
    if (key === "topics") {
      if (v === undefined) continue;
      if (!Array.isArray(v) || v.length > 50) return false;
      for (let i = 0; i < v.length; i++) if (!okString(v[i], 200)) return false;
      continue;
    }
    const max = Object.hasOwn(STRING_MAX, key) ? STRING_MAX[key] : undefined;
    if (max === undefined) return false;
    if (v !== undefined && !okString(v, max)) return false;
  }
  return true;
}

const isString = (v: unknown): v is string => typeof v === "string";
const isStringList = (v: unknown): boolean => Array.isArray(v) && v.every(isString);

/**
 * The first field of `command` whose type is wrong, if any (`CrisisCommandSchema` gives the full report): what
 * the pure `transition` checks before reading a command a direct caller passed.
 * @internal
 */
export function shapeProblem(command: unknown): string | undefined {
  if (typeof command !== "object" || command === null) return "(root)";
  const c = command as Record<string, unknown>;
  if (!isString(c.type)) return "type";
  if (!isString(c.actor)) return "actor";
  if (!isString(c.role)) return "role";
  for (const key of ["reason", "severity", "lead", "messageId"])
    if (c[key] !== undefined && !isString(c[key])) return key;
  if (c.lang !== undefined && c.lang !== "en" && c.lang !== "es") return "lang";
  if (c.topics !== undefined && !isStringList(c.topics)) return "topics";
  if (c.slots !== undefined) {
    if (typeof c.slots !== "object" || c.slots === null || Array.isArray(c.slots)) return "slots";
    for (const v of Object.values(c.slots)) if (!isString(v)) return "slots";
  }
  if (c.lessons !== undefined) {
    if (!Array.isArray(c.lessons)) return "lessons";
    for (const l of c.lessons) {
      if (typeof l !== "object" || l === null || !isString(l.lesson) || !isString(l.owner)) return "lessons";
    }
  }
  return undefined;
}
