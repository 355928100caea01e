import type { Verdict } from "@normas/core";
import type { CheckItem, ItemError } from "../inputs.js";
import type { LineColumn } from "../lines.js";

/** One checked text: its verdict, or why it could not be checked. */
export interface CheckedItem {
  readonly item: CheckItem;
  readonly brand: string | undefined;
  readonly verdict?: Verdict;
  /** Start and end (line, column) of each violation's span in the checked text, in verdict order. */
  readonly positions?: readonly ({ readonly start: LineColumn; readonly end: LineColumn } | undefined)[];
  readonly error?: ItemError;
}

/** Totals of one `normas check` run. */
export interface CheckSummary {
  readonly texts: number;
  readonly textsWithProblems: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Inputs that could not be checked (bad JSON, invalid fields, unknown brand). */
  readonly invalid: number;
  readonly files: number;
  readonly seconds: number;
}

/** Writes results as they come, so that any number of texts can be checked in constant memory. */
export interface Reporter {
  begin(): Promise<void>;
  item(result: CheckedItem): Promise<void>;
  end(summary: CheckSummary): Promise<void>;
}

/** Pseudo rule id under which inputs that cannot be checked are reported. */
export const INVALID_INPUT_RULE = "normas/invalid-input";
