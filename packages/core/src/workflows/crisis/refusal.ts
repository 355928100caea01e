import type { LocalizedText } from "../localized-text.js";
import {
  buildRefusal,
  kernelRefusal,
  type RefusalIssue,
  type RefusalPath,
  WORKFLOW_REFUSAL_CODES,
  type WorkflowRefusal,
  type WorkflowRefusalCode,
} from "../refusal.js";

/**
 * Why a crisis command was refused: the shared codes (`invalid_command`, `invalid_time`, `clock_went_back`,
 * `invalid_options`, `version_conflict`, `idempotency_conflict`, see `WORKFLOW_REFUSAL_CODES`) and the
 * protocol's own:
 * - `unknown_command`: no transition of the protocol has this command;
 * - `not_allowed_in_state`: the command exists but not from the current state;
 * - `role_not_allowed`: the role may not give this command;
 * - `guard_failed`: a condition of the transition does not hold (see `details.guard`);
 * - `approval_missing`: the statement lacks approvals the severity requires (see `details.missing`);
 * - `invalid_payload`: a field the transition needs is missing or wrong (see `path`);
 * - `message_not_allowed`: the message is not in the library, not usable in this state, or not in that language;
 * - `slot_missing`: a `{slot}` of the statement has no value (see `details.missing`).
 */
export type CrisisRefusalCode =
  | WorkflowRefusalCode
  | "unknown_command"
  | "not_allowed_in_state"
  | "role_not_allowed"
  | "guard_failed"
  | "approval_missing"
  | "invalid_payload"
  | "message_not_allowed"
  | "slot_missing";

/** A refused crisis command, as data (the one refusal shape of both workflows). */
export type CrisisRefusal = WorkflowRefusal<CrisisRefusalCode>;

type ProtocolCode = Exclude<CrisisRefusalCode, WorkflowRefusalCode>;

const templates: Readonly<Record<ProtocolCode, LocalizedText>> = {
  unknown_command: {
    en: "The protocol has no command '{command}'.{hint}",
    es: "El protocolo no tiene el comando '{command}'.{hintEs}",
  },
  not_allowed_in_state: {
    en: "'{command}' cannot be given in state '{state}'.",
    es: "'{command}' no se puede dar en el estado '{state}'.",
  },
  role_not_allowed: {
    en: "Role '{role}' may not give '{command}' (allowed: {allowed}).",
    es: "El rol '{role}' no puede dar '{command}' (pueden: {allowed}).",
  },
  guard_failed: {
    en: "'{command}' needs {guardText} first ({guard}).",
    es: "'{command}' requiere antes {guardTextEs} ({guard}).",
  },
  approval_missing: {
    en: "Statement '{messageId}' still needs the approval of: {missing}.",
    es: "El comunicado '{messageId}' aún necesita la aprobación de: {missing}.",
  },
  invalid_payload: {
    en: "'{command}' needs a valid '{field}'.",
    es: "'{command}' necesita un '{field}' válido.",
  },
  message_not_allowed: {
    en: "Message '{messageId}' cannot be used here ({problem}).",
    es: "El mensaje '{messageId}' no se puede usar aquí ({problem}).",
  },
  slot_missing: {
    en: "Statement '{messageId}' has empty slots: {missing}.",
    es: "Al comunicado '{messageId}' le faltan huecos por rellenar: {missing}.",
  },
};

const guardTexts = new Map<string, LocalizedText>([
  ["severity-set", { en: "a severity level", es: "fijar la severidad" }],
  ["lead-assigned", { en: "an incident lead", es: "asignar un responsable del incidente" }],
  [
    "holding-statement-published",
    { en: "a published holding statement", es: "publicar el mensaje de espera" },
  ],
  ["statement-published", { en: "a published statement", es: "publicar un comunicado" }],
  ["publishing-resumed", { en: "publishing to be resumed", es: "reanudar la publicación" }],
  ["lessons-recorded", { en: "lessons recorded", es: "registrar las lecciones" }],
]);

const SHARED: ReadonlySet<string> = new Set(WORKFLOW_REFUSAL_CODES);

/** Builds a crisis refusal with its message in both languages. @internal */
export function refuse(
  code: CrisisRefusalCode,
  command: string | null,
  state: string,
  details: Readonly<Record<string, string>> = {},
  path?: RefusalPath,
  issues?: readonly RefusalIssue[],
): CrisisRefusal {
  const site = { command, state };
  const parts = {
    details,
    ...(path !== undefined ? { path } : {}),
    ...(issues !== undefined ? { issues } : {}),
  };
  if (SHARED.has(code)) return kernelRefusal(code as WorkflowRefusalCode, site, parts);
  const g = details.guard !== undefined ? guardTexts.get(details.guard) : undefined;
  // A "did you mean" for a misspelt command (`details.suggestion`), in each language.
  const hint = details.suggestion === undefined ? "" : ` Did you mean '${details.suggestion}'?`;
  const hintEs = details.suggestion === undefined ? "" : ` ¿Quería decir '${details.suggestion}'?`;
  const words = { guardText: g?.en ?? "", guardTextEs: g?.es ?? "", hint, hintEs };
  return buildRefusal(code, templates[code as ProtocolCode], site, { ...parts, words });
}
