import type { CaseState } from "./state.js";
import { normalizeStep } from "./whys.js";

// Code-unit order: the same everywhere, unlike localeCompare.
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One group of the root-cause report: a category and an owner, with the causes found. */
export interface RootCauseGroup {
  /** The analysis category, e.g. `complaint`. */
  readonly category: string;
  /** The owner of the root causes, as first written. */
  readonly owner: string;
  /** Closed cases in the group. */
  readonly count: number;
  /** Their ids, in the order given. */
  readonly caseIds: readonly string[];
  /** Distinct root causes (compared without case, accents or punctuation), most frequent first. */
  readonly causes: readonly { readonly statement: string; readonly count: number }[];
}

/** The root causes of closed cases, for the team's weekly review. */
export interface RootCauseReport {
  /** Closed cases counted. */
  readonly closedCases: number;
  /** Groups by category and owner, largest first (then by category and owner). */
  readonly groups: readonly RootCauseGroup[];
}

/**
 * Groups the root causes of closed cases by category and owner (owners compared without case or accents).
 * Open cases are left out: their analysis may still change.
 *
 * @example
 * ```ts
 * import { rootCauseReport } from "@normas/core";
 *
 * const report = rootCauseReport(casesClosedThisWeek);
 * for (const g of report.groups) console.log(g.category, g.owner, g.count);
 * ```
 */
export function rootCauseReport(cases: readonly CaseState[]): RootCauseReport {
  const groups = new Map<
    string,
    {
      category: string;
      owner: string;
      caseIds: string[];
      causes: Map<string, { statement: string; count: number }>;
    }
  >();
  let closedCases = 0;
  for (const c of cases) {
    const root = c.analysis?.rootCause;
    if (c.phase !== "closed" || c.analysis === undefined || root === undefined) continue;
    closedCases++;
    const key = `${c.analysis.category}\u0000${normalizeStep(root.owner)}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { category: c.analysis.category, owner: root.owner.trim(), caseIds: [], causes: new Map() };
      groups.set(key, group);
    }
    group.caseIds.push(c.id);
    const causeKey = normalizeStep(root.statement);
    const cause = group.causes.get(causeKey);
    if (cause === undefined) group.causes.set(causeKey, { statement: root.statement.trim(), count: 1 });
    else cause.count++;
  }
  const out: RootCauseGroup[] = [...groups.values()].map((g) => ({
    category: g.category,
    owner: g.owner,
    count: g.caseIds.length,
    caseIds: g.caseIds,
    causes: [...g.causes.values()].sort((a, b) => b.count - a.count || compare(a.statement, b.statement)),
  }));
  out.sort((a, b) => b.count - a.count || compare(a.category, b.category) || compare(a.owner, b.owner));
  return { closedCases, groups: out };
}
