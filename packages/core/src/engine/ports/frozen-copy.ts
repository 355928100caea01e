/**
 * A deep copy of plain data (objects, arrays, primitives), frozen at every level, made in one pass: what a
 * memory store keeps and hands out, so that no caller can change what was stored. Parts that are already
 * frozen at every level (the runtimes freeze what they hand over) are kept as they are: nobody can change them
 * either. Objects that are not plain (a `Date`, a `Map`) are copied with `structuredClone` and frozen.
 */
export function frozenCopy<T>(value: T): T {
  return copy(value, 0) as T;
}

const MAX_DEPTH = 10_000;

/** Whether plain data is frozen at every level (no allocation: a walk that stops at the first unfrozen part). */
function deeplyFrozen(value: object, depth: number): boolean {
  if (!Object.isFrozen(value) || depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v === "object" && v !== null && !deeplyFrozen(v, depth + 1)) return false;
    }
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v === "object" && v !== null && !deeplyFrozen(v, depth + 1)) return false;
  }
  return true;
}

function copy(value: unknown, depth: number): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (depth > MAX_DEPTH) throw new RangeError("frozenCopy: data nested too deeply");
  if (deeplyFrozen(value, depth)) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i], depth + 1);
    return Object.freeze(out);
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return Object.freeze(structuredClone(value));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // defineProperty, not assignment: a key named `__proto__` stays an ordinary own property.
    const v = copy((value as Record<string, unknown>)[key], depth + 1);
    if (key === "__proto__")
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return Object.freeze(out);
}
