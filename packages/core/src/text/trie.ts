// Character trie of folded terms, with explicit word-boundary edges, stored in typed arrays. Edges are
// found through one open-addressing hash table keyed by (node, code unit); the root's ASCII edges
// also sit in a direct table, since every walk starts there.
import { classOf, LETTER, MARK, NUMBER } from "./chars.js";

const WORDISH = LETTER | MARK | NUMBER;

/** A compiled trie (node 0 is the root). */
export interface Trie {
  /** Number of nodes. */
  readonly nodeCount: number;
  /** Child through a word boundary, or -1. */
  readonly sep: Int32Array;
  /** First child (not counting the boundary edge), or -1. */
  readonly firstChild: Int32Array;
  /** Next sibling, or -1. */
  readonly nextSibling: Int32Array;
  /** First term ending at a node, or -1. */
  readonly termHead: Int32Array;
  /** Next term ending at the same node, or -1. */
  readonly termNext: Int32Array;
  /** Hash table: node + 1 (0 = empty slot). */
  readonly hashNode: Int32Array;
  /** Hash table: code unit. */
  readonly hashUnit: Uint16Array;
  /** Hash table: child node. */
  readonly hashChild: Int32Array;
  /** Hash table size minus one. */
  readonly mask: number;
  /** Root children for ASCII code units, or -1. */
  readonly rootAscii: Int32Array;
  /** `pairs[a * 128 + b]` is 1 when some term starts with the ASCII units `a b` (one word). */
  readonly pairs: Uint8Array;
}

const hashOf = (node: number, unit: number): number =>
  Math.imul(node, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca6b);

/** The words of a folded term: maximal runs of letters, marks and digits. */
export function termWords(folded: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < folded.length) {
    let j = i;
    for (;;) {
      if (j >= folded.length) break;
      const c = folded.charCodeAt(j);
      let cp = c;
      let w = 1;
      if (c >= 0xd800 && c <= 0xdbff && j + 1 < folded.length) {
        const d = folded.charCodeAt(j + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          w = 2;
        }
      }
      if ((classOf(cp) & WORDISH) === 0) break;
      j += w;
    }
    if (j > i) {
      words.push(folded.slice(i, j));
      i = j;
    } else i++;
  }
  return words;
}

/** Builds the trie of folded terms; term `t` ends at the node reached by its words. */
export function buildTrie(folded: readonly string[]): Trie {
  // While building, a node's children are found by walking its sibling list (bounded by the alphabet; most
  // nodes have one or two children) and the root's through a map: no table keyed by (node, unit) pairs, which
  // grew past small integers and made large term lists slow to compile.
  const rootEdges = new Map<number, number>();
  const units: number[] = [-1];
  const childOf = (node: number, unit: number): number => {
    if (node === 0) return rootEdges.get(unit) ?? -1;
    for (let c = firstChild[node]!; c >= 0; c = nextSibling[c]!) if (units[c] === unit) return c;
    return -1;
  };
  const sep: number[] = [-1];
  const firstChild: number[] = [-1];
  const nextSibling: number[] = [-1];
  const termHead: number[] = [-1];
  const termNext: number[] = new Array<number>(folded.length).fill(-1);
  const edgeList: number[] = [];
  const termTail = new Map<number, number>();
  const newNode = (): number => {
    sep.push(-1);
    firstChild.push(-1);
    nextSibling.push(-1);
    termHead.push(-1);
    units.push(-1);
    return sep.length - 1;
  };
  folded.forEach((term, t) => {
    const words = termWords(term);
    if (words.length === 0) return;
    let node = 0;
    words.forEach((word, w) => {
      if (w > 0) {
        if (sep[node]! < 0) sep[node] = newNode();
        node = sep[node]!;
      }
      for (let i = 0; i < word.length; i++) {
        const unit = word.charCodeAt(i);
        let child = childOf(node, unit);
        if (child < 0) {
          child = newNode();
          units[child] = unit;
          if (node === 0) rootEdges.set(unit, child);
          nextSibling[child] = firstChild[node]!;
          firstChild[node] = child;
          edgeList.push(node, unit, child);
        }
        node = child;
      }
    });
    // Keep terms in index order at a node: terms arrive in ascending order, so each is appended after the
    // node's last one (a tail per node keeps many terms on one node linear).
    const last = termTail.get(node);
    if (last === undefined) termHead[node] = t;
    else termNext[last] = t;
    termTail.set(node, t);
  });
  let size = 16;
  while (size < edgeList.length) size *= 2; // edgeList holds 3 numbers per edge: load factor <= 1/3
  const mask = size - 1;
  const hashNode = new Int32Array(size);
  const hashUnit = new Uint16Array(size);
  const hashChild = new Int32Array(size);
  const rootAscii = new Int32Array(128).fill(-1);
  for (let e = 0; e < edgeList.length; e += 3) {
    if (edgeList[e] === 0 && edgeList[e + 1]! < 128) rootAscii[edgeList[e + 1]!] = edgeList[e + 2]!;
  }
  // First unit of each depth-1 node reached through an ASCII edge, to fill the pair filter.
  const firstUnit = new Int32Array(sep.length).fill(-1);
  for (let a = 0; a < 128; a++) if (rootAscii[a]! >= 0) firstUnit[rootAscii[a]!] = a;
  const pairs = new Uint8Array(128 * 128);
  for (let e = 0; e < edgeList.length; e += 3) {
    const node = edgeList[e]!;
    const unit = edgeList[e + 1]!;
    const child = edgeList[e + 2]!;
    if (node !== 0 && unit < 128 && firstUnit[node]! >= 0) pairs[firstUnit[node]! * 128 + unit] = 1;
    let h = hashOf(node, unit) & mask;
    while (hashNode[h] !== 0) h = (h + 1) & mask;
    hashNode[h] = node + 1;
    hashUnit[h] = unit;
    hashChild[h] = child;
  }
  return {
    nodeCount: sep.length,
    sep: Int32Array.from(sep),
    firstChild: Int32Array.from(firstChild),
    nextSibling: Int32Array.from(nextSibling),
    termHead: Int32Array.from(termHead),
    termNext: Int32Array.from(termNext),
    hashNode,
    hashUnit,
    hashChild,
    mask,
    rootAscii,
    pairs,
  };
}

/** Child of `node` through code unit `unit`, or -1. */
export function trieChild(trie: Trie, node: number, unit: number): number {
  if (node < 0) return -1;
  if (node === 0 && unit < 128) return trie.rootAscii[unit]!;
  const { hashNode, hashUnit, hashChild, mask } = trie;
  const key = node + 1;
  let h = hashOf(node, unit) & mask;
  for (;;) {
    const k = hashNode[h]!;
    if (k === 0) return -1;
    if (k === key && hashUnit[h] === unit) return hashChild[h]!;
    h = (h + 1) & mask;
  }
}
