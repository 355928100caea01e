import { deleteDissentRule } from "./delete-dissent.js";
import { dismissiveRule } from "./dismissive.js";
import { escalateRemovalRule } from "./escalate-removal.js";
import { insultRule } from "./insult.js";
import { unacknowledgedComplaintRule } from "./unacknowledged-complaint.js";

/** The built-in `respect/*` rules. */
export const respectRules = [
  insultRule,
  dismissiveRule,
  unacknowledgedComplaintRule,
  deleteDissentRule,
  escalateRemovalRule,
] as const;
