import type * as z from "zod/mini";
import type { MessageLocale } from "./locale.js";

type ZodIssue = z.core.$ZodIssue;

const typeNames: Record<MessageLocale, Record<string, string>> = {
  en: {
    string: "text",
    number: "a number",
    boolean: "true or false",
    object: "an object",
    array: "a list",
    undefined: "nothing",
    null: "null",
    int: "a whole number",
  },
  es: {
    string: "texto",
    number: "un número",
    boolean: "true o false",
    object: "un objeto",
    array: "una lista",
    undefined: "nada",
    null: "null",
    int: "un número entero",
  },
};

function received(input: unknown): string {
  if (input === undefined) return "undefined";
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  return typeof input;
}

/** Spanish versions of the hints our schemas give in `.regex(re, hint)`. */
const spanishHints: Record<string, string> = {
  "Use lowercase letters, digits, '.', '_' or '-' (e.g. 'acme-es').":
    "Use minúsculas, dígitos, '.', '_' o '-' (p. ej. 'acme-es').",
  "Use a locale such as 'es-ES', 'es-419' or 'en-GB'.": "Use un locale como 'es-ES', 'es-419' o 'en-GB'.",
};

/** A sentence a person understands for one zod issue, in English or Spanish. */
export function describeZodIssue(issue: ZodIssue, locale: MessageLocale): string {
  const es = locale === "es";
  const names = typeNames[locale];
  switch (issue.code) {
    case "invalid_type": {
      if (!("input" in issue)) {
        const want = names[issue.expected] ?? issue.expected;
        return es ? `Se esperaba ${want}.` : `Expected ${want}.`;
      }
      const got = received(issue.input);
      if (got === "undefined") return es ? "Falta este campo obligatorio." : "This field is required.";
      // NaN and Infinity are numbers to JavaScript: "expected a number, but got a number" helps nobody.
      if (typeof issue.input === "number" && !Number.isFinite(issue.input)) {
        const what = String(issue.input);
        return es
          ? `Se esperaba un número finito, pero hay ${what}.`
          : `Expected a finite number, but got ${what}.`;
      }
      if (typeof issue.input === "number" && issue.expected === "int")
        return es
          ? `Se esperaba un número entero, pero hay ${issue.input}.`
          : `Expected a whole number, but got ${issue.input}.`;
      const want = names[issue.expected] ?? issue.expected;
      const have = names[got] ?? got;
      return es ? `Se esperaba ${want}, pero hay ${have}.` : `Expected ${want}, but got ${have}.`;
    }
    case "too_small": {
      const min = String(issue.minimum);
      if (issue.origin === "array")
        return es ? `Necesita al menos ${min} elemento(s).` : `Needs at least ${min} item(s).`;
      if (issue.origin === "string")
        return es ? `Necesita al menos ${min} carácter(es).` : `Needs at least ${min} character(s).`;
      return es ? `Debe ser como mínimo ${min}.` : `Must be at least ${min}.`;
    }
    case "too_big": {
      const max = String(issue.maximum);
      if (issue.origin === "array")
        return es ? `Admite como máximo ${max} elemento(s).` : `Allows at most ${max} item(s).`;
      if (issue.origin === "string")
        return es ? `Admite como máximo ${max} carácter(es).` : `Allows at most ${max} character(s).`;
      return es ? `Debe ser como máximo ${max}.` : `Must be at most ${max}.`;
    }
    case "invalid_format":
      // A schema may carry its own hint (`.regex(re, "Use a locale such as …")`); keep it, translated when known.
      if (issue.format === "regex" && !issue.message.startsWith("Invalid")) {
        return es ? (spanishHints[issue.message] ?? issue.message) : issue.message;
      }
      return es
        ? `No tiene el formato esperado (${issue.format}).`
        : `Does not have the expected format (${issue.format}).`;
    case "invalid_value": {
      const list = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return es ? `Debe ser uno de: ${list}.` : `Must be one of: ${list}.`;
    }
    case "unrecognized_keys":
      return es ? "Campo desconocido." : "Unknown field.";
    case "invalid_union":
      return es
        ? "No coincide con ninguna de las formas admitidas."
        : "Does not match any of the accepted shapes.";
    case "not_multiple_of":
      return es
        ? `Debe ser múltiplo de ${String(issue.divisor)}.`
        : `Must be a multiple of ${String(issue.divisor)}.`;
    case "invalid_key":
      return es ? "Clave no válida." : "Invalid key.";
    case "invalid_element":
      return es ? "Elemento no válido." : "Invalid element.";
    default:
      return issue.message;
  }
}
