import { formatPath, InputError } from "../model/errors.js";

/** Throws a typed `InputError` when a JavaScript caller passes something that is not text or a language. */
export function assertTextAndLang(text: unknown, lang: unknown, what: string): void {
  const isText =
    typeof text === "string" ||
    (typeof text === "object" && text !== null && typeof (text as { source?: unknown }).source === "string");
  if (!isText) {
    throw new InputError(
      [
        {
          code: "invalid_type",
          path: ["text"],
          pathText: formatPath(["text"]),
          message: `${what}: expected a string.`,
        },
      ],
      "Invalid input",
    );
  }
  if (lang !== "es" && lang !== "en") {
    throw new InputError(
      [
        {
          code: "invalid_value",
          path: ["lang"],
          pathText: formatPath(["lang"]),
          message: `${what}: lang must be "es" or "en".`,
        },
      ],
      "Invalid input",
    );
  }
}
