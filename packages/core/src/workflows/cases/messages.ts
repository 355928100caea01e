import type { MessageLocale } from "../../model/locale.js";

/** Refusal and issue templates by code, in both languages, with `{slot}` placeholders. */
export const caseMessages: Readonly<Record<MessageLocale, Readonly<Record<string, string>>>> = {
  en: {
    "phase-skipped":
      "Case {caseId} is in the {phase} phase: “{eventType}” needs the {required} phase to be complete first.",
    "no-draft": "Case {caseId}: there is no draft to approve yet; write one and evaluate it first.",
    "review-pending":
      "Case {caseId}: the draft by {drafter} needs a reviewer's approval before anything is published (the commenter has {followers} followers).",
    "draft-has-errors":
      "Case {caseId}: the draft's verdict has {errorCount} error(s); fix the draft and evaluate it again before meditation can end.",
    "cool-down":
      "Case {caseId}: the cool-down after the analysis lasts {coolDownMinutes} min for a {severity} case; wait {minutesLeft} more min.",
    "unevaluated-text":
      "Case {caseId}: the published text differs from the meditated draft; evaluate it again and pass its verdict.",
    "published-text-has-errors":
      "Case {caseId}: the verdict on the text to publish has {errorCount} error(s).",
    "chain-too-short":
      "Case {caseId}: the analysis has {given} why(s); this case needs at least {min} to reach a root cause.",
    "empty-step": "Case {caseId}: the analysis has an empty why or because.",
    "circular-chain": "Case {caseId}: the 5 whys go in a circle; an answer repeats an earlier step.",
    "root-cause-missing": "Case {caseId}: the analysis does not end in a root cause with an owner.",
    "invalid-event": "Case {caseId}: the event is not valid.",
    "wrong-phase": "Case {caseId} is in the {phase} phase; “{eventType}” belongs to an earlier phase.",
    "case-closed": "Case {caseId} is closed; it accepts no more events.",
    "self-approval":
      "Case {caseId}: {reviewer} wrote the draft and cannot approve it; another person must review it.",
    "invalid-time": "Case {caseId}: the time passed in is not a valid date.",
    "clock-went-back":
      "Case {caseId}: the time passed in ({now}) is earlier than the last event ({updatedAt}).",
    // issue-level messages
    "issue/empty-why": "This why is empty.",
    "issue/empty-because": "This because is empty.",
    "issue/circular": "This answer repeats step {repeats} of the chain.",
    "issue/too-short": "At least {min} step(s) are needed; there are {given}.",
    "issue/no-root-cause": "State the root cause the chain ends in.",
    "issue/no-owner": "Name the person or team that owns the root cause.",
    "issue/root-is-problem": "The root cause restates the problem.",
  },
  es: {
    "phase-skipped":
      "El caso {caseId} está en la fase {phase}: «{eventType}» necesita que antes termine la fase {required}.",
    "no-draft": "Caso {caseId}: todavía no hay borrador que aprobar; escríbelo y evalúalo primero.",
    "review-pending":
      "Caso {caseId}: el borrador de {drafter} necesita la aprobación de un revisor antes de publicar nada (quien comentó tiene {followers} seguidores).",
    "draft-has-errors":
      "Caso {caseId}: el veredicto del borrador tiene {errorCount} error(es); corrige el borrador y vuelve a evaluarlo antes de cerrar la meditación.",
    "cool-down":
      "Caso {caseId}: el enfriamiento tras el análisis dura {coolDownMinutes} min en un caso {severity}; espera {minutesLeft} min más.",
    "unevaluated-text":
      "Caso {caseId}: el texto publicado no es el borrador meditado; vuelve a evaluarlo y adjunta su veredicto.",
    "published-text-has-errors":
      "Caso {caseId}: el veredicto del texto que se quiere publicar tiene {errorCount} error(es).",
    "chain-too-short":
      "Caso {caseId}: el análisis tiene {given} porqué(s); este caso necesita al menos {min} para llegar a la causa raíz.",
    "empty-step": "Caso {caseId}: el análisis tiene un porqué o una respuesta vacíos.",
    "circular-chain":
      "Caso {caseId}: los 5 porqués dan vueltas en círculo; una respuesta repite un paso anterior.",
    "root-cause-missing": "Caso {caseId}: el análisis no termina en una causa raíz con responsable.",
    "invalid-event": "Caso {caseId}: el evento no es válido.",
    "wrong-phase": "El caso {caseId} está en la fase {phase}; «{eventType}» pertenece a una fase anterior.",
    "case-closed": "El caso {caseId} está cerrado; no admite más eventos.",
    "self-approval":
      "Caso {caseId}: {reviewer} escribió el borrador y no puede aprobarlo; debe revisarlo otra persona.",
    "invalid-time": "Caso {caseId}: la hora indicada no es una fecha válida.",
    "clock-went-back": "Caso {caseId}: la hora indicada ({now}) es anterior al último evento ({updatedAt}).",
    "issue/empty-why": "Este porqué está vacío.",
    "issue/empty-because": "Esta respuesta está vacía.",
    "issue/circular": "Esta respuesta repite el paso {repeats} de la cadena.",
    "issue/too-short": "Hacen falta al menos {min} paso(s); hay {given}.",
    "issue/no-root-cause": "Indica la causa raíz en la que termina la cadena.",
    "issue/no-owner": "Indica la persona o el equipo responsable de la causa raíz.",
    "issue/root-is-problem": "La causa raíz repite el problema.",
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
