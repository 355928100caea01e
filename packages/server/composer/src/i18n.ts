// The composer's own words, in Spanish and English (the verdict's messages come from the core in the text's language).
export type UiLang = "es" | "en";

const STRINGS = {
  title: { es: "· redactor de respuestas", en: "· reply composer" },
  tabReply: { es: "Respuesta", en: "Reply" },
  tabModeration: { es: "Moderación", en: "Moderation" },
  brand: { es: "Marca", en: "Brand" },
  role: { es: "Rol", en: "Role" },
  connect: { es: "Conectar", en: "Connect" },
  customer: { es: "Mensaje del cliente", en: "Customer's message" },
  reply: { es: "Tu respuesta", en: "Your reply" },
  comment: { es: "Comentario", en: "Comment" },
  action: { es: "Acción", en: "Action" },
  ground: { es: "Motivo", en: "Ground" },
  note: { es: "Nota", en: "Note" },
  noGround: { es: "(ninguno)", en: "(none)" },
  clean: { es: "Sin problemas: se puede publicar.", en: "No problems: ready to post." },
  problems: { es: "{errors} errores, {warnings} avisos", en: "{errors} errors, {warnings} warnings" },
  fix: { es: "Arreglar", en: "Fix" },
  allowed: { es: "Acción permitida.", en: "Action allowed." },
  notAllowed: { es: "Acción no permitida.", en: "Action not allowed." },
  crisis: {
    es: "Crisis abierta para {brand} ({state}{severity}): responde sobre {topics} solo con mensajes aprobados.",
    en: "Crisis open for {brand} ({state}{severity}): answer about {topics} with approved statements only.",
  },
  modeServer: { es: "Conectado como {actor}", en: "Connected as {actor}" },
  modeStatic: { es: "Página estática: política de ejemplo", en: "Static page: sample policy" },
  keyRefused: { es: "Clave rechazada", en: "Key refused" },
} as const;

/** A word of the UI, with `{name}` placeholders filled in. */
export function t(
  lang: UiLang,
  id: keyof typeof STRINGS,
  values: Record<string, string | number> = {},
): string {
  return STRINGS[id][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}

/** Fills every `[data-i18n]` element of the page. */
export function translatePage(lang: UiLang): void {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    el.textContent = t(lang, el.dataset.i18n as keyof typeof STRINGS);
  }
}
