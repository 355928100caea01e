// Glob matching for `overrides[].files`, without regular expressions: a pattern written in a policy must not be
// able to make matching slow. Dynamic programming over folder names, then over characters, so the work is at
// most (pattern length × path length) whatever the pattern.

/** Whether one folder or file name matches one pattern segment (`*` any run, `?` one character). */
function matchSegment(pattern: string, name: string): boolean {
  // The classic two-pointer wildcard match: on a mismatch, retry from the last `*` one character later.
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    const c = pattern[p];
    if (c === "?" || (c !== undefined && c !== "*" && c === name[n])) {
      p++;
      n++;
    } else if (c === "*") {
      star = p++;
      resume = n;
    } else if (star !== -1) {
      p = star + 1;
      n = ++resume;
    } else return false;
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}

const split = (s: string): string[] => s.split("/").filter((part) => part !== "" && part !== ".");

/**
 * Whether `path` (folders separated by `/`, relative to where the pattern is written) matches `pattern`.
 * `*` and `?` match within a name, `**` any number of folders; a pattern without `/` matches a file name in any
 * folder, and a pattern that matches a folder matches every file under it.
 *
 * @example
 * ```ts
 * matchGlob("drafts/es/**", "drafts/es/launch.md"); // true
 * matchGlob("*.es.md", "posts/2025/launch.es.md"); // true
 * ```
 */
export function matchGlob(pattern: string, path: string): boolean {
  const names = split(path);
  let parts = split(pattern);
  if (parts.length === 0) return false;
  if (parts.length === 1 && !pattern.slice(0, -1).includes("/") && parts[0] !== "**")
    parts = ["**", ...parts];
  // reach[i]: the first i names are matched by the pattern parts seen so far. A match may stop at a folder
  // (then every file under it matches), so the answer is any reach after the last part.
  let reach: boolean[] = new Array(names.length + 1).fill(false);
  reach[0] = true;
  for (const part of parts) {
    const next: boolean[] = new Array(names.length + 1).fill(false);
    if (part === "**") {
      let any = false;
      for (let i = 0; i <= names.length; i++) {
        any ||= reach[i] === true;
        next[i] = any;
      }
    } else {
      for (let i = 0; i < names.length; i++) {
        if (reach[i] === true && matchSegment(part, names[i] as string)) next[i + 1] = true;
      }
    }
    reach = next;
  }
  return reach.some((r, i) => r && i > 0);
}
