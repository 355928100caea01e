import * as z from "zod";
import { TextLocaleSchema } from "../policy/schema.js";

/** Longest source text the index accepts, in UTF-16 code units. */
export const MAX_SOURCE_LENGTH = 1_000_000;

/** A text a brand must not copy from without credit (or, with `own`, one of its own earlier posts). */
export const SourceDocumentSchema = z.strictObject({
  /** Stable id of the source (e.g. a url or a post id). */
  id: z.string().min(1).max(500),
  /** The source's text. */
  text: z.string().max(MAX_SOURCE_LENGTH),
  /** Who wrote it: a credit naming them counts as attribution. */
  author: z.string().min(1).max(200).optional(),
  /** The author's handle, e.g. `@ana_perez`. */
  handle: z.string().min(2).max(100).optional(),
  /** Where it was published: a link to it counts as attribution. */
  url: z.string().min(1).max(2000).optional(),
  /** The source's language, e.g. `es-ES`. */
  locale: z.optional(TextLocaleSchema),
  /** True for the brand's own texts: repeating them is self-repetition, not copying. */
  own: z.boolean().default(false),
});

/** What `SourceIndex.add` takes. */
export type SourceDocumentInput = z.input<typeof SourceDocumentSchema>;
/** A validated source document. */
export type SourceDocument = z.output<typeof SourceDocumentSchema>;

/** Where the index keeps the source texts it verifies candidates against (a database adapter may hold them). */
export interface SourceDocumentStore {
  /** The document with this id, if stored. */
  get(id: string): SourceDocument | undefined;
  /** Stores (or overwrites) a document. */
  set(document: SourceDocument): void;
  /** Forgets a document. */
  delete(id: string): void;
}

/** The default {@link SourceDocumentStore}: a `Map` in memory. */
export class InMemorySourceDocumentStore implements SourceDocumentStore {
  private readonly documents = new Map<string, SourceDocument>();

  get(id: string): SourceDocument | undefined {
    return this.documents.get(id);
  }

  set(document: SourceDocument): void {
    this.documents.set(document.id, document);
  }

  delete(id: string): void {
    this.documents.delete(id);
  }
}
