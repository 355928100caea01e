// Deterministic merge of policy documents for `extends` (documented in docs/guide/policy-file.*.md):
// - objects merge key by key, later wins for scalars;
// - `brands` merge by `id` (same id: deep merge; new ids appended in order);
// - every other array is a union: items of the later document are appended unless already present
//   (compared by their JSON form), so term lists, handles and role permissions add up;
// - a rule setting given as a level string is read as `{ level }`; levels replace, options deep-merge.

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

function setOwn(target: Plain, key: string, value: unknown): void {
  // defineProperty, so a `__proto__` key in JSON stays a plain (and later rejected) key.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function unionArrays(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const seen = new Set(a.map((x) => JSON.stringify(x)));
  const out = [...a];
  for (const item of b) {
    const key = JSON.stringify(item);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

function mergeBrands(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const out = [...a];
  for (const brand of b) {
    const id = isPlain(brand) ? brand.id : undefined;
    const at = typeof id === "string" ? out.findIndex((x) => isPlain(x) && x.id === id) : -1;
    if (at === -1) out.push(brand);
    else out[at] = mergeValues(out[at], brand, "brand");
  }
  return out;
}

const asRuleObject = (v: unknown): unknown => (typeof v === "string" ? { level: v } : v);

function mergeRuleSettings(a: Plain, b: Plain): Plain {
  const out: Plain = {};
  for (const [k, v] of Object.entries(a)) setOwn(out, k, v);
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    if (prev === undefined) setOwn(out, k, v);
    else setOwn(out, k, mergeValues(asRuleObject(prev), asRuleObject(v), "rule"));
  }
  return out;
}

function mergeValues(a: unknown, b: unknown, context: string): unknown {
  if (b === undefined) return a;
  if (Array.isArray(a) && Array.isArray(b))
    return context === "brands" ? mergeBrands(a, b) : unionArrays(a, b);
  if (isPlain(a) && isPlain(b)) {
    if (context === "rules") return mergeRuleSettings(a, b);
    const out: Plain = {};
    for (const [k, v] of Object.entries(a)) setOwn(out, k, v);
    for (const [k, v] of Object.entries(b)) setOwn(out, k, mergeValues(out[k], v, k));
    return out;
  }
  return b;
}

/** Merges policy documents left to right with the rules above. Inputs are not modified. */
export function mergePolicyDocuments(documents: readonly Plain[]): Plain {
  let out: Plain = {};
  for (const doc of documents) out = mergeValues(out, doc, "") as Plain;
  return out;
}
