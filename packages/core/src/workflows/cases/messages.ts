import type { MessageLocale } from "../../model/locale.js";

/** Refusal and issue templates by code, in both languages, with `{slot}` placeholders. */
export const caseMessages: Readonly<Record<MessageLocale, Readonly<Record<string, string>>>> = {
  en: {
    phase_skipped:
      "Case {caseId} is in the {phase} phase: “{command}” needs the {required} phase to be complete first.",
    no_draft: "Case {caseId}: there is no draft to approve yet; write one and evaluate it first.",
    review_pending:
      "Case {caseId}: the draft by {drafter} needs a reviewer's approval before anything is published (the commenter has {followers} followers).",
    draft_has_errors:
      "Case {caseId}: the draft's verdict has {errorCount} error(s); fix the draft and evaluate it again before meditation can end.",
    cool_down:
      "Case {caseId}: the cool-down after the analysis lasts {coolDownMinutes} min for a {severity} case; wait {minutesLeft} more min.",
    unevaluated_text:
      "Case {caseId}: the published text differs from the meditated draft; evaluate it again and pass its verdict.",
    published_text_has_errors: "Case {caseId}: the verdict on the text to publish has {errorCount} error(s).",
    chain_too_short:
      "Case {caseId}: the analysis has {given} why(s); this case needs at least {min} to reach a root cause.",
    empty_step: "Case {caseId}: the analysis has an empty why or because.",
    circular_chain: "Case {caseId}: the 5 whys go in a circle; an answer repeats an earlier step.",
    root_cause_missing: "Case {caseId}: the analysis does not end in a root cause with an owner.",
    wrong_phase: "Case {caseId} is in the {phase} phase; “{command}” belongs to an earlier phase.",
    case_closed: "Case {caseId} is closed; it accepts no more commands.",
    self_approval:
      "Case {caseId}: {reviewer} wrote the draft and cannot approve it; another person must review it.",
    // issue-level messages
    "issue/empty_why": "This why is empty.",
    "issue/empty_because": "This because is empty.",
    "issue/circular": "This answer repeats step {repeats} of the chain.",
    "issue/too_short": "At least {min} step(s) are needed; there are {given}.",
    "issue/no_root_cause": "State the root cause the chain ends in.",
    "issue/no_owner": "Name the person or team that owns the root cause.",
    "issue/root_is_problem": "The root cause restates the problem.",
  },
  es: {
    phase_skipped:
      "El caso {caseId} está en la fase {phase}: «{command}» necesita que antes termine la fase {required}.",
    no_draft: "Caso {caseId}: todavía no hay borrador que aprobar; escríbelo y evalúalo primero.",
    review_pending:
      "Caso {caseId}: el borrador de {drafter} necesita la aprobación de un revisor antes de publicar nada (quien comentó tiene {followers} seguidores).",
    draft_has_errors:
      "Caso {caseId}: el veredicto del borrador tiene {errorCount} error(es); corrige el borrador y vuelve a evaluarlo antes de cerrar la meditación.",
    cool_down:
      "Caso {caseId}: el enfriamiento tras el análisis dura {coolDownMinutes} min en un caso {severity}; espera {minutesLeft} min más.",
    unevaluated_text:
      "Caso {caseId}: el texto publicado no es el borrador meditado; vuelve a evaluarlo y adjunta su veredicto.",
    published_text_has_errors:
      "Caso {caseId}: el veredicto del texto que se quiere publicar tiene {errorCount} error(es).",
    chain_too_short:
      "Caso {caseId}: el análisis tiene {given} porqué(s); este caso necesita al menos {min} para llegar a la causa raíz.",
    empty_step: "Caso {caseId}: el análisis tiene un porqué o una respuesta vacíos.",
    circular_chain:
      "Caso {caseId}: los 5 porqués dan vueltas en círculo; una respuesta repite un paso anterior.",
    root_cause_missing: "Caso {caseId}: el análisis no termina en una causa raíz con responsable.",
    wrong_phase: "El caso {caseId} está en la fase {phase}; «{command}» pertenece a una fase anterior.",
    case_closed: "El caso {caseId} está cerrado; no admite más comandos.",
    self_approval:
      "Caso {caseId}: {reviewer} escribió el borrador y no puede aprobarlo; debe revisarlo otra persona.",
    "issue/empty_why": "Este porqué está vacío.",
    "issue/empty_because": "Esta respuesta está vacía.",
    "issue/circular": "Esta respuesta repite el paso {repeats} de la cadena.",
    "issue/too_short": "Hacen falta al menos {min} paso(s); hay {given}.",
    "issue/no_root_cause": "Indica la causa raíz en la que termina la cadena.",
    "issue/no_owner": "Indica la persona o el equipo responsable de la causa raíz.",
    "issue/root_is_problem": "La causa raíz repite el problema.",
  },
};

/** Names of phases, severities and event types as they appear inside messages. */
export const caseWords: Readonly<Record<MessageLocale, Readonly<Record<string, string>>>> = {
  en: {
    measure: "measure",
    analyze: "analyze",
    meditate: "meditate",
    act: "act",
    closed: "closed",
    low: "low-severity",
    high: "high-severity",
    draft: "draft",
    approve: "approve",
    publish: "publish",
  },
  es: {
    measure: "medir",
    analyze: "analizar",
    meditate: "meditar",
    act: "actuar",
    closed: "cerrado",
    low: "de gravedad baja",
    high: "de gravedad alta",
    draft: "borrador",
    approve: "aprobar",
    publish: "publicar",
  },
};
