// Markdown is checked as prose. The document is parsed (CommonMark + GFM + YAML front matter, with micromark),
// and everything that is not prose — front matter, code, HTML and its comments, link and image targets, URLs,
// definitions — is blanked with spaces (line breaks kept), so every offset of the view is the same offset in
// the file. Emphasis, headings, lists and quotes stay: the rules read through them.
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfm } from "micromark-extension-gfm";
import { type Directive, readDirectiveComment } from "./directives.js";

/** A Markdown document read for checking. */
export interface MarkdownDocument {
  /** The prose view: the source with everything that is not prose blanked, same length and line breaks. */
  readonly view: string;
  /** The YAML front matter, when the document starts with one: its text and 1-based first line. */
  readonly frontMatter?: { readonly yaml: string; readonly line: number };
  /** `normas-disable…` comments, in document order. */
  readonly directives: readonly Directive[];
}

type Range = readonly [number, number];

const startOf = (node: Nodes): number => node.position?.start.offset ?? 0;
const endOf = (node: Nodes): number => node.position?.end.offset ?? 0;

/** The ranges of `node` outside its children: `[`, `](url "title")` of a link. */
function around(node: Nodes & { children: Nodes[] }): Range[] {
  const out: Range[] = [];
  let at = startOf(node);
  for (const child of node.children) {
    if (startOf(child) > at) out.push([at, startOf(child)]);
    at = Math.max(at, endOf(child));
  }
  if (endOf(node) > at) out.push([at, endOf(node)]);
  return out;
}

function collect(root: Root, source: string, blank: Range[], directives: Directive[]): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    switch (node.type) {
      case "yaml":
      case "code":
      case "inlineCode":
      case "definition":
      case "image":
      case "imageReference":
      case "footnoteReference":
      case "thematicBreak":
        blank.push([startOf(node), endOf(node)]);
        continue;
      case "html": {
        blank.push([startOf(node), endOf(node)]);
        const directive = readDirectiveComment(node.value, startOf(node), endOf(node));
        if (directive !== undefined) directives.push(directive);
        continue;
      }
      case "link":
        // An autolink (`<https://…>`, a bare URL) is all URL; `[label](url)` keeps its label.
        if (source[startOf(node)] !== "[") {
          blank.push([startOf(node), endOf(node)]);
          continue;
        }
        blank.push(...around(node));
        break;
      case "linkReference":
      case "footnoteDefinition":
        blank.push(...around(node));
        break;
      default:
        break;
    }
    if ("children" in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}

/** Parses a Markdown document into its prose view, front matter and directive comments. */
export function readMarkdown(source: string): MarkdownDocument {
  const root = fromMarkdown(source, {
    extensions: [frontmatter(["yaml"]), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(["yaml"]), gfmFromMarkdown()],
  });
  const blank: Range[] = [];
  const directives: Directive[] = [];
  collect(root, source, blank, directives);
  blank.sort((a, b) => a[0] - b[0]);
  let view = "";
  let at = 0;
  for (const [from, to] of blank) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    view += source.slice(at, start) + source.slice(start, to).replace(/[^\r\n]/g, " ");
    at = to;
  }
  view += source.slice(at);
  const first = root.children[0];
  const frontMatter =
    first?.type === "yaml" ? { yaml: first.value, line: (first.position?.start.line ?? 1) + 1 } : undefined;
  directives.sort((a, b) => a.start - b.start);
  return { view, ...(frontMatter === undefined ? {} : { frontMatter }), directives };
}
