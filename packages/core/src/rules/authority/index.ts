import { commitmentRule } from "./commitment.js";
import { liabilityAdmissionRule } from "./liability-admission.js";
import { speaksForCompanyRule } from "./speaks-for-company.js";

/** The built-in `authority/*` rules. */
export const authorityRules = [commitmentRule, liabilityAdmissionRule, speaksForCompanyRule] as const;
