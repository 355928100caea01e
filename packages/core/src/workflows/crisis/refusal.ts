import { formatMessage } from "../../model/locale.js";
import type { LocalizedText } from "./protocol-schema.js";

/**
 * Why a command was refused:
 * - `unknown_command`: no transition of the protocol has this command;
 * - `not_allowed_in_state`: the command exists but not from the current state;
 * - `role_not_allowed`: the role may not give this command;
 * - `guard_failed`: a condition of the transition does not hold (see `details.guard`);
 * - `approval_missing`: the statement lacks approvals the severity requires (see `details.missing`);
 * - `invalid_payload`: a field the transition needs is missing or wrong (see `details.field`);
 * - `message_not_allowed`: the message is not in the library, not usable in this state, or not in that language;
 * - `slot_missing`: a `{slot}` of the statement has no value (see `details.missing`);
 * - `invalid_command`: the command does not validate (runtime only);
 * - `version_conflict`: the log moved on since `expectedVersion` (runtime only).
 */
export type CrisisRefusalCode =
  | "unknown_command"
  | "not_allowed_in_state"
  | "role_not_allowed"
  | "guard_failed"
  | "approval_missing"
  | "invalid_payload"
  | "message_not_allowed"
  | "slot_missing"
  | "invalid_command"
  | "version_conflict";

/** A refused command, as data: the code, the command and state, details, and the message in both languages. */
export interface CrisisRefusal {
  /** Stable code. */
  readonly code: CrisisRefusalCode;
  /** The command type refused. */
  readonly command: string;
  /** The state the crisis was in. */
  readonly state: string;
  /** Values behind the message (guard, field, roles missing…). */
  readonly details: Readonly<Record<string, string>>;
  /** What went wrong, in English and Spanish. */
  readonly message: LocalizedText;
}

const templates: Record<CrisisRefusalCode, LocalizedText> = {
  unknown_command: {
    en: "The protocol has no command '{command}'.",
    es: "El protocolo no tiene el comando '{command}'.",
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
  invalid_command: {
    en: "The command is not valid: {problem}",
    es: "El comando no es válido: {problem}",
  },
  version_conflict: {
    en: "The crisis log is at version {actual}, not {expected}; reload and retry.",
    es: "El registro de la crisis está en la versión {actual}, no en la {expected}; recargue y reintente.",
  },
};

const guardTexts: Record<string, LocalizedText> = {
  "severity-set": { en: "a severity level", es: "fijar la severidad" },
  "lead-assigned": { en: "an incident lead", es: "asignar un responsable del incidente" },
  "holding-statement-published": { en: "a published holding statement", es: "publicar el mensaje de espera" },
  "statement-published": { en: "a published statement", es: "publicar un comunicado" },
  "publishing-resumed": { en: "publishing to be resumed", es: "reanudar la publicación" },
  "lessons-recorded": { en: "lessons recorded", es: "registrar las lecciones" },
};

/** Builds a refusal with its message in both languages. */
export function refuse(
  code: CrisisRefusalCode,
  command: string,
  state: string,
  details: Readonly<Record<string, string>> = {},
): CrisisRefusal {
  const g = details.guard !== undefined ? guardTexts[details.guard] : undefined;
  const data = { command, state, guardText: g?.en ?? "", guardTextEs: g?.es ?? "", ...details };
  const t = templates[code];
  return {
    code,
    command,
    state,
    details,
    message: { en: formatMessage(t.en, data), es: formatMessage(t.es, data) },
  };
}
