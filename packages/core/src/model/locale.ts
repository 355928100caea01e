/**
 * The languages normas writes its messages in.
 *
 * @category Verdicts and errors
 */
export type MessageLocale = "en" | "es";

/**
 * Maps a BCP 47 tag (`es-ES`, `es-419`, `en-GB`) to a message language; anything else is English.
 */
export function messageLocaleOf(tag: string | undefined): MessageLocale {
  return tag !== undefined && /^es(?:[-_]|$)/i.test(tag) ? "es" : "en";
}

/** Fills `{name}` slots in a message template; unknown slots are left as they are. */
export function formatMessage(
  template: string,
  data: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data[key];
    return value === undefined ? whole : String(value);
  });
}
