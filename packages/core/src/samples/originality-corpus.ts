import type { SourceDocumentInput } from "../originality/source-document.js";

/** A draft before and after attribution, for examples and demos. */
export interface OriginalityExampleDraft {
  /** Stable id. */
  readonly id: string;
  /** Language of the draft. */
  readonly lang: "es" | "en";
  /** The draft as first written: copies a source without quoting and crediting it. */
  readonly before: string;
  /** The same draft, quoted and credited: no `originality/unattributed-copy` violation. */
  readonly after: string;
  /** Id of the source it borrows from. */
  readonly source: string;
}

/**
 * A small bilingual corpus for examples: three foreign sources, one of the brand's own posts, and drafts
 * before and after attribution. Hand-written for normas; names and urls are invented.
 *
 * @example
 * ```ts
 * import { originalityExample, SourceIndex } from "@normas/core";
 *
 * const index = new SourceIndex();
 * for (const source of originalityExample.sources) index.add(source);
 * for (const draft of originalityExample.drafts) {
 *   console.log(draft.id, index.match(draft.before)[0]?.fragments[0]?.attribution.attributed); // false
 *   console.log(draft.id, index.match(draft.after)[0]?.fragments[0]?.attribution.attributed); // true
 * }
 * ```
 */
export const originalityExample: {
  readonly sources: readonly SourceDocumentInput[];
  readonly drafts: readonly OriginalityExampleDraft[];
} = {
  sources: [
    {
      id: "blog-escucha",
      author: "Lucía Ferrer",
      handle: "@luciaferrer",
      url: "https://blog.ejemplo.es/escucha-activa",
      locale: "es-ES",
      text: "La escucha activa es la herramienta más infravalorada del community manager. Antes de responder a un cliente enfadado conviene leer su historial completo, entender qué le ha llevado a escribir y reconocer el problema con sus propias palabras.",
    },
    {
      id: "magazine-crisis",
      author: "Daniel Brooks",
      url: "https://magazine.example.com/brand-crisis",
      locale: "en-US",
      text: "In a brand crisis the first two hours decide the story. The team has to pause scheduled posts, gather verified facts and publish a short first message that acknowledges what happened without speculating about causes.",
    },
    {
      id: "competitor-blend",
      author: "Northwind Tea",
      handle: "@northwindtea",
      url: "https://northwind.example/blog/new-blend",
      locale: "en-GB",
      text: "Our new blend is grown on the misty slopes of Darjeeling, where every leaf is plucked by hand at first light. We roast in small batches so that the notes of honey and stone fruit reach your cup untouched.",
    },
    {
      id: "own-autumn",
      own: true,
      locale: "es-ES",
      text: "Nuestra colección de otoño llega a todas las tiendas el próximo lunes con chaquetas de lana reciclada y botas impermeables.",
    },
  ],
  drafts: [
    {
      id: "es-escucha",
      lang: "es",
      source: "blog-escucha",
      before:
        "Nuestro consejo: antes de responder a un cliente enfadado conviene leer su historial completo y entender qué le ha llevado a escribir.",
      after:
        "Como escribe Lucía Ferrer: «antes de responder a un cliente enfadado conviene leer su historial completo y entender qué le ha llevado a escribir».",
    },
    {
      id: "en-crisis",
      lang: "en",
      source: "magazine-crisis",
      before:
        "Remember: in a brand crisis the first two hours decide the story. Pause scheduled posts first.",
      after:
        "As Daniel Brooks wrote, “in a brand crisis the first two hours decide the story”. Pause scheduled posts first.",
    },
    {
      id: "en-blend",
      lang: "en",
      source: "competitor-blend",
      before:
        "We roast in small batches so that the notes of honey and stone fruit reach your cup untouched.",
      after:
        "> We roast in small batches so that the notes of honey and stone fruit reach your cup untouched.\n— via @northwindtea, whose craft we admire",
    },
  ],
};
