import type { MessageLocale } from "../../../model/locale.js";
import type { CommandEdge, DeadlineEdge } from "./protocol-graph.js";

const WORDS = {
  en: {
    roles: "roles",
    if: "if",
    reason: "reason required",
    approvals: "approvals",
    metBy: "met by",
    escalate: "escalate to",
    min: "min",
  },
  es: {
    roles: "roles",
    if: "si",
    reason: "motivo obligatorio",
    approvals: "aprobaciones",
    metBy: "se cumple con",
    escalate: "escala a",
    min: "min",
  },
} as const;

const minutes = (m: number, w: (typeof WORDS)[MessageLocale]) => `${Number(m.toFixed(2))} ${w.min}`;

/** The lines of a command edge's label: command, roles, guards, reason, approvals by severity. */
export function commandLabel(edge: CommandEdge, locale: MessageLocale): string[] {
  const w = WORDS[locale];
  const lines = [edge.command, `${w.roles}: ${edge.roles.join(", ")}`];
  if (edge.guards.length > 0) lines.push(`${w.if}: ${edge.guards.join(", ")}`);
  if (edge.reasonRequired) lines.push(w.reason);
  if (edge.approvals !== undefined) {
    const bySeverity = Object.entries(edge.approvals)
      .filter(([, roles]) => roles.length > 0)
      .map(([sev, roles]) => `${sev} ${roles.join(" + ")}`);
    if (bySeverity.length > 0) lines.push(`${w.approvals}: ${bySeverity.join("; ")}`);
  }
  return lines;
}

/** The lines of a deadline edge's label: name and minutes (by severity), what meets it, whom it alerts. */
export function deadlineLabel(edge: DeadlineEdge, locale: MessageLocale): string[] {
  const w = WORDS[locale];
  const bySeverity = Object.entries(edge.bySeverity).map(([sev, m]) => `${sev} ${minutes(m, w)}`);
  const time =
    bySeverity.length > 0
      ? `${minutes(edge.minutes, w)} (${bySeverity.join(", ")})`
      : minutes(edge.minutes, w);
  const lines = [`⏱ ${edge.deadline}: ${time}`, `${w.metBy}: ${edge.metBy.join(", ")}`];
  if (edge.notify.length > 0) lines.push(`${w.escalate}: ${edge.notify.join(", ")}`);
  return lines;
}
